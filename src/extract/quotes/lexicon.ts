// Word lists the quote rules read. They are general English (speech verbs, titles, role nouns), never
// names from one story: the same engine runs on briefings it has never seen.

const words = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/));

/** Finite forms of verbs that report speech: "said", "told Reuters", "read one message", "chanted". */
export const SPEECH_VERBS = words(`
  say says said tell tells told add adds added warn warns warned pledge pledges pledged
  accuse accuses accused read reads chant chants chanted ask asks asked state states stated
  announce announces announced declare declares declared insist insists insisted note notes noted
  explain explains explained write writes wrote tweet tweets tweeted claim claims claimed
  argue argues argued reply replies replied respond responds responded urge urges urged
  vow vows vowed promise promises promised call calls called report reports reported
  stress stresses stressed caution cautions cautioned complain complains complained
  acknowledge acknowledges acknowledged admit admits admitted concede concedes conceded
  recall recalls recalled shout shouts shouted scream screams screamed yell yells yelled
  demand demands demanded suggest suggests suggested comment comments commented quip quips quipped
  remark remarks remarked observe observes observed conclude concludes concluded predict predicts predicted
  post posts posted describe describes described dismiss dismisses dismissed denounce denounces denounced
  condemn condemns condemned threaten threatens threatened assert asserts asserted mention mentions mentioned
  confirm confirms confirmed deny denies denied contend contends contended testify testifies testified
  whisper whispers whispered cry cries cried sing sings sang plead pleads pleaded beg begs begged
  appeal appeals appealed dub dubs dubbed term terms termed brand brands branded label labels labelled labeled
  boast boasts boasted joke jokes joked lament laments lamented continue continues continued
  counter counters countered retort retorts retorted blast blasts blasted charge charges charged
  exclaim exclaims exclaimed proclaim proclaims proclaimed repeat repeats repeated reiterate reiterates reiterated
  emphasise emphasises emphasised emphasize emphasizes emphasized agree agrees agreed
  inform informs informed opine opines opined allege alleges alleged aver avers averred
`);

/** Verbs that take the quote as their object even with an object between: "asked the fighters "do you ..."". */
export const DIRECT_VERBS = words(`ask asks asked tell tells told urge urges urged call calls called
  chant chants chanted shout shouts shouted say says said add adds added write writes wrote read reads`);

/** Nouns naming something said or written: "an ultimatum:", "a joint announcement by ...". */
export const SPEECH_NOUNS = words(`
  statement statements announcement announcements message messages ultimatum ultimatums warning warnings
  declaration decree communique communiqué letter letters note notes leaflet leaflets text texts post posts
  tweet tweets speech remarks remark interview appeal appeals plea call calls promise pledge pledges
  order orders banner banners sign signs slogan slogans chant chants headline report reports memo
  briefing address claim claims comment comments reply response words message
`);

/** Written things that "read" a quote: "read one message", "the sign read". */
export const DOCUMENT_NOUNS = words(`message messages text texts letter letters note notes leaflet leaflets
  sign signs banner banners statement statements post posts tweet tweets notice notices placard placards
  poster posters memo memos email emails graffiti slogan slogans headline headlines sms`);

/** Verbs that send a document: "The government sent text messages ...". */
export const SENDING_VERBS = words(`sent send sends issued issue issues released posted published circulated
  distributed dropped broadcast put tweeted wrote emailed texted delivered`);

/** Nouns for a person by role: "the UN envoy", "White House spokesman Josh Earnest". */
export const ROLE_NOUNS = words(`
  spokesman spokeswoman spokesperson official officials envoy envoys minister president secretary ambassador
  commander general chief leader head director analyst researcher professor expert activist resident
  residents journalist correspondent reporter editor lawyer attorney adviser advisor aide negotiator mediator
  diplomat diplomats senator governor mayor chairman chairwoman chair founder member members monitor
  source sources officer officers witness witnesses doctor doctors worker workers student students
  demonstrators protesters protestors protester fighter fighters rebel rebels commander commanders
  coordinator representative representatives deputy premier king queen prince emir sheikh pope cleric
  judge prosecutor colonel captain sergeant lieutenant major admiral brigadier economist scientist
  manager executive ceo owner father mother man woman men women boy girl villager villagers refugee refugees
  survivor survivors volunteer volunteers nurse medic medics engineer teacher priest imam spokespeople
  grandmother grandfather wife husband daughter son sister brother aunt uncle friend neighbour neighbor colleague
`);

/** Unnamed singular sources reported as anonymous: "the military source" -> "military source (anonymous)". */
export const ANONYMOUS_HEADS = words(`source official diplomat aide insider officer`);

/** Title words dropped from a name: "Brig. Gen. Samir Suleiman", "Mr Assad", "Defence Minister Sergei Shoigu". */
export const TITLES = words(`
  mr mr. mrs mrs. ms ms. miss dr dr. prof prof. sir dame lord lady rev rev. fr fr.
  president vice prime minister secretary ambassador envoy spokesman spokeswoman chairman chairwoman
  general gen gen. brig brig. brigadier col col. colonel lt lt. lieutenant maj maj. major capt capt. captain
  sgt sgt. sergeant adm adm. admiral cmdr cmdr. commander gov gov. governor sen sen. senator rep rep.
  mayor judge justice king queen prince princess emir sheikh sheik imam ayatollah pope cardinal bishop
  chief director chancellor premier speaker deputy special representative coordinator president-elect
  sen. pres. supt supt. inspector officer private corporal field marshal professor executive sheriff coach
  mp mep mla msp councillor councilor alderman assemblyman assemblywoman congressman congresswoman
  attorney assistant prosecutor commissioner detective trooper
`);

/** Lower-case particles inside names: "Staffan de Mistura", "Bashar al Assad". */
export const NAME_PARTICLES = words(`de del della der den di da du des van von la le el al bin ibn abu ben ter y dos das`);

/** Words that make a name an organisation rather than a person: "Syrian Arab Army", "Al Jazeera" is not. */
export const ORG_WORDS = words(`
  army ministry government agency news press council committee observatory watch nations union group
  party front forces court police office department house bank association institute university
  organisation organization foundation company corporation inc ltd network times post journal tv
  television radio channel commission authority alliance coalition movement brigade brigades battalion
  corps navy embassy consulate parliament congress senate assembly cabinet regime administration
  service services centre center fund program programme federation league reuters agence police
  kremlin pentagon caucus
`);

export const PRONOUNS = words(`he she they it we i you`);
export const SINGULAR_PERSON_PRONOUNS = words(`he she`);
/** The pronouns that open a relative clause about a person or body: "X, who ...", "Y, which ...". */
export const RELATIVE_PRONOUNS = words(`who whose which`);
export const REFLEXIVES = words(`himself herself itself themselves themself`);

export const DETERMINERS = words(`a an the one this that these those his her their its our some several another`);

/** Words that cannot start or end a speaker phrase: "of Aleppo, Suleiman said" starts with "of". */
export const PREPOSITIONS = words(`of in on at to for from with by about into over after before during under
  without within between against among through across near outside inside toward towards since until than
  as like per via amid despite upon`);

/** Words between a subject and its verb: "has also said", "had earlier told". */
export const AUXILIARIES = words(`has have had also later then further earlier again previously once would
  will could should may might must can did does do is was were are been be being just reportedly already
  repeatedly publicly privately separately often recently subsequently never not ever even`);

/** Past tenses without "-ed", to find the verb after a subject: "an old-timer named Frank Russo took me aside". */
export const IRREGULAR_PAST = words(`took made went came gave sent held ran put got left kept brought bought stood sat
  spent felt knew thought found became began met paid led wrote spoke told said saw heard rang drove flew
  fell grew drew threw won lost built caught taught fought sought set cut hit let shut struck`);

/** Words that open a clause, so a subject starts after them: "in which demonstrators called for". */
export const CLAUSE_OPENERS = words(`which who whom whose that where when while as because although though
  after before since if unless whereas and but or so yet`);

/** Abbreviations after which a full stop does not end a sentence: "Brig. Gen. Samir Suleiman". */
export { ABBREVIATIONS } from '../../core/abbreviations.ts';

/** Capitalised only because they open a sentence: "Neither Assad nor his generals ...". */
export const FUNCTION_WORDS = new Set([
  ...DETERMINERS, ...PREPOSITIONS, ...CLAUSE_OPENERS, ...PRONOUNS,
  ...words(`neither either both however meanwhile earlier later last next nor not no yes his her their
  its our my your many most some all each every other such what whatever whoever mr mrs ms dr
  then now still instead also today yesterday tomorrow`),
]);

/** Months and weekdays: "On the evening of 28 April, ... she was at her desk" names no one called April. */
export const CALENDAR_WORDS = words(`january february march april may june july august september october
  november december monday tuesday wednesday thursday friday saturday sunday`);
