// The words the corpus generator draws from: places, parties, people and their titles, the outlets that
// republish wire copy and the words each one prefers. Modelled on the Aleppo seed articles.

export const PLACES = [
  'Aleppo', 'Homs', 'Idlib', 'Hama', 'Daraa', 'Raqqa', 'Deir ez-Zor', 'Douma', 'Manbij', 'Kobani', 'Palmyra',
  'Daraya', 'Mosul', 'Tal Afar', 'Fallujah', 'Ramadi', 'Sirte', 'Taiz', 'Hodeidah', 'Marib', 'Madaya', 'Zabadani',
] as const;

export const DISTRICTS = [
  'the Old City', 'Bustan al-Basha', 'Sheikh Maqsoud', 'the eastern districts', 'the industrial zone', 'the northern suburbs',
  'Masaken Hanano', 'the citadel quarter', 'the southern front', 'the airport road', 'Castello Road', 'the river valley',
];

export const CAPITALS = ['Geneva', 'Moscow', 'Washington', 'Ankara', 'Paris', 'Vienna', 'Lausanne', 'Astana', 'Doha', 'Beirut'];

export const FIGHTERS = ['rebels', 'opposition fighters', 'insurgents', 'gunmen'];
export const FORCES = ['government forces', 'the army', 'pro-government militias', 'troops loyal to the president', 'the Syrian army'];
export const BACKERS = ['Russia', 'Iran', 'Turkey', 'the United States', 'Saudi Arabia', 'Qatar'];
export const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export const MALE_NAMES = [
  'Staffan', 'Sergei', 'Zakaria', 'Josh', 'Samir', 'Bashar', 'John', 'Mark', 'Rami', 'Ahmed', 'Omar', 'Yusuf', 'Walid',
  'Mohammed', 'Hassan', 'Ibrahim', 'Dmitry', 'Igor', 'Jan', 'Pierre', 'Francois', 'Boris', 'Mevlut', 'Ali', 'Khaled',
  'Anas', 'Fadi', 'Michael', 'David', 'Robert', 'Stephen', 'Peter', 'Javier', 'Luca', 'Tomas', 'Abdullah', 'Osama',
];
export const FEMALE_NAMES = [
  'Maria', 'Samantha', 'Federica', 'Elizabeth', 'Jenna', 'Hanaa', 'Rasha', 'Lina', 'Marianne', 'Ingrid', 'Sarah', 'Amal',
  'Nadia', 'Leila', 'Catherine', 'Helen', 'Ruth', 'Yasmin', 'Noura', 'Ertharin', 'Linda', 'Sophie', 'Anne', 'Dana',
];
export const SURNAMES = [
  'de Mistura', 'Shoigu', 'Malahifji', 'Earnest', 'Suleiman', 'Kerry', 'Toner', 'Abdulrahman', 'Lavrov', 'Peskov',
  'Egeland', 'Ayrault', 'Johnson', 'Cavusoglu', 'Zakharova', 'Power', 'Mogherini', 'Churkin', 'Rycroft', 'Jaafari',
  'al-Moallem', 'Haddad', 'Khatib', 'Nasser', 'Mansour', 'Hamdan', 'Saleh', 'Darwish', 'Kassem', 'O\'Brien', 'Lowcock',
  'Cousin', 'Bellamy', 'van der Berg', 'McGurk', 'Ruhr', 'Hadid', 'Bakr', 'Idris', 'Yazigi', 'Sabbagh', 'al-Bashir',
  'Petrov', 'Morozov', 'Kowalski', 'Laurent', 'Moreau', 'Rossi', 'Andersen', 'Lindqvist', 'Okafor', 'Mensah', 'Tanaka',
];

/** "U.N. Special Envoy for Syria Staffan de Mistura": the title before the name, and its short form. */
export const ROLES: { title: string; short: string; agency: string }[] = [
  { title: 'U.N. Special Envoy for Syria', short: 'the U.N. envoy', agency: 'the United Nations' },
  { title: 'Russian Defence Minister', short: 'the minister', agency: 'the Russian defence ministry' },
  { title: 'Russian Foreign Minister', short: 'the minister', agency: 'the Russian foreign ministry' },
  { title: 'Kremlin spokesman', short: 'the spokesman', agency: 'the Kremlin' },
  { title: 'White House spokesman', short: 'the spokesman', agency: 'the White House' },
  { title: 'State Department spokeswoman', short: 'the spokeswoman', agency: 'the State Department' },
  { title: 'U.S. Secretary of State', short: 'the secretary', agency: 'the State Department' },
  { title: 'army spokesman Brig. Gen.', short: 'the general', agency: 'the army' },
  { title: 'senior opposition official', short: 'the official', agency: 'the opposition' },
  { title: 'head of the local council', short: 'the council head', agency: 'the local council' },
  { title: 'Red Cross regional director', short: 'the director', agency: 'the Red Cross' },
  { title: 'World Food Programme spokeswoman', short: 'the spokeswoman', agency: 'the World Food Programme' },
  { title: 'UNICEF representative', short: 'the representative', agency: 'UNICEF' },
  { title: 'civil defence chief', short: 'the rescue chief', agency: 'the civil defence' },
  { title: 'Turkish Foreign Minister', short: 'the minister', agency: 'the Turkish foreign ministry' },
  { title: 'French Foreign Minister', short: 'the minister', agency: 'the French foreign ministry' },
  { title: 'British Foreign Secretary', short: 'the foreign secretary', agency: 'the Foreign Office' },
  { title: 'Syrian Ambassador to the U.N.', short: 'the ambassador', agency: 'the Syrian government' },
  { title: 'UN humanitarian chief', short: 'the aid chief', agency: 'the United Nations' },
  { title: 'Syrian Observatory for Human Rights director', short: 'the monitor\'s director', agency: 'the Syrian Observatory for Human Rights' },
  { title: 'surgeon', short: 'the doctor', agency: 'a field hospital' },
];

/** Sources that speak without a name. */
export const ANONYMOUS = [
  'a U.S. official, speaking on condition of anonymity,', 'a senior Western diplomat', 'a spokesman for the group',
  'one aid worker', 'a military source', 'a security official', 'a European diplomat', 'a doctor who asked not to be named',
  'a commander of the Fastaqim group', 'a senior U.N. official', 'a Russian military source',
];
export const RESIDENTS = ['a resident', 'one mother of three', 'a teacher', 'a shopkeeper', 'a volunteer nurse', 'a local journalist'];

export const CLAIMANTS = [
  'the Syrian Observatory for Human Rights', 'the United Nations', 'the World Health Organization', 'Civil defence workers',
  'the state news agency SANA', 'Medecins Sans Frontieres', 'the Red Cross', 'UNICEF', 'the Russian defence ministry',
  'local activists', 'the World Food Programme', 'Amnesty International', 'Human Rights Watch', 'the army',
];

export const WIRE_AGENCIES = ['Reuters', 'The Associated Press', 'AFP'];

export interface Outlet {
  name: string;
  /** Curly quotes and apostrophes (“ ” ’) or straight ones. */
  curly: boolean;
  /** Words the outlet prints instead of the wire's. */
  swaps: [RegExp, string][];
  /** How its pages scrape: hard-wrapped lines, the title printed twice, paragraphs printed twice. */
  wrap: number;
  repeatTitle: number;
  repeatBlock: number;
  /** Paragraphs separated by a blank line, or by a single line break. */
  blankLines: boolean;
}

const MILITANTS: [RegExp, string][] = [[/\brebels\b/g, 'militants'], [/\brebel\b/g, 'militant'], [/\bopposition fighters\b/g, 'terrorists']];
const AMERICAN: [RegExp, string][] = [[/\bU\.N\./g, 'UN'], [/\bU\.S\./g, 'US'], [/\bair strikes\b/g, 'airstrikes'], [/\bDefence\b/g, 'Defense']];
const BRITISH: [RegExp, string][] = [[/\bpercent\b/g, 'per cent'], [/\bneighborhoods\b/g, 'neighbourhoods'], [/\bU\.S\./g, 'US']];
const PLAIN: [RegExp, string][] = [[/\bbesieged\b/g, 'encircled'], [/\bbombardment\b/g, 'shelling']];

const OUTLET_NAMES: [string, [RegExp, string][]][] = [
  ['Arab News', BRITISH], ['Al Jazeera', AMERICAN], ['The Daily Star', PLAIN], ['Middle East Eye', BRITISH], ['The National', BRITISH],
  ['Gulf Times', PLAIN], ['Asharq Al-Awsat', AMERICAN], ['Hurriyet Daily News', PLAIN], ['Sputnik', MILITANTS], ['RT', MILITANTS],
  ['Anadolu Agency', AMERICAN], ['Kurdistan24', PLAIN], ['Syria Direct', AMERICAN], ['Enab Baladi', BRITISH], ['The New Arab', BRITISH],
  ['Khaleej Times', PLAIN], ['Jordan Times', BRITISH], ['Daily Sabah', AMERICAN], ['Al-Monitor', AMERICAN], ['Press TV', MILITANTS],
  ['TRT World', AMERICAN], ['Yeni Safak', PLAIN], ['Naharnet', BRITISH], ['Ahram Online', PLAIN], ['SANA', MILITANTS],
  ['Arabs Today', PLAIN], ['The Times of Israel', AMERICAN], ['Al Arabiya', BRITISH],
];

export const OUTLETS: Outlet[] = OUTLET_NAMES.map(([name, swaps], i) => ({
  name,
  curly: i % 3 !== 0,
  swaps,
  wrap: i % 5 === 0 ? 0.8 : 0.05,
  repeatTitle: i % 4 === 1 ? 0.7 : 0.1,
  repeatBlock: i % 6 === 2 ? 0.6 : 0.05,
  blankLines: i % 2 === 0,
}));

export const RELATED_HEADLINES = [
  'Russian jet crashes in Syria, crew killed', 'Daesh captures town from government', '150 civilians killed in Russian, Syrian raids',
  'US-backed force \'mopping up\' last Daesh holdouts', 'Syria troops closer to besieging IS', 'Russian, US-led strikes kill 28 civilians',
  '64 dead in clashes between Syria regime and rebels', 'Raqqa families make daring escapes', 'Aid convoy reaches besieged town',
  'Talks in Geneva end without deal', 'Hospital hit in overnight raids', 'Turkey shells Kurdish positions near border',
];
