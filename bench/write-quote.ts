// What people say in the stories, and the ways a quote is attached to its speaker: before or after the
// quote, split around the attribution, a partial quote inside reported speech, a pronoun after a first
// mention. Quotes are written with straight marks; outlets that print curly ones convert them later.
import type { Random } from './random.ts';
import type { Scene } from './scene.ts';
import { expandTemplate } from './expand-template.ts';
import { writeQualified } from './write-figure.ts';
import { swapSynonyms, trailingClause } from './vary-sentence.ts';

const QUOTES: ((r: Random, s: Scene) => string)[] = [
  () => `We will {not|never} leave {place|{village}|our homes}, {whatever they do to us|even if they starve us|no matter what}.`,
  (r) => `The situation in {place|{village}} is ${r.pick(['dire', 'catastrophic', 'beyond words', 'worse than anything we have seen'])}, and it is getting {worse|harder} {every day|by the hour}.`,
  () => `They have to {leave|go|surrender}. There is no other {option|way|choice} for {village|them}.`,
  () => `The world is {watching|ignoring} what happens in {place|{village}} and it is doing {nothing|too little}.`,
  (r) => `We have ${writeQualified(r, 50, 90000)} people {in {village}|here|in {district}} who need ${r.pick(['food', 'medicine', 'clean water', 'shelter'])} and we cannot {reach|help|feed} them.`,
  (r) => `What happened in {village} is a ${r.pick(['war crime', 'crime against humanity', 'massacre', 'deliberate policy'])} and those responsible will be held to account.`,
  (r) => `We are ready to ${r.pick(['open the corridors', 'escort the fighters out', 'resume talks', 'send the convoys'])} {to {village}|from {place}|} if {forces} stop the ${r.pick(['bombing', 'shelling', 'air strikes'])}.`,
  () => `It is {unclear|hard to say} how long {they|the people of {village}} will last, but they are hanging by a thread.`,
  (r) => `Our teams pulled ${writeQualified(r, 5, 300)} bodies from the rubble {in {village}|in {district}|} in a single {night|day}.`,
  () => `The {fighters} are using {civilians|families|children} as human shields in {district|{village}}.`,
  () => `If you decide to leave {{village}|{place}|} with dignity, I am personally ready to {accompany|escort} you.`,
  (r) => `Food and fuel supplies {in {village}|} are dwindling; bakeries are closing and there is no running water${r.chance(0.3) ? ' …' : ''}.`,
  () => `All those {in {village}|in {district}|} who do not lay down their arms will face their inevitable fate.`,
  () => `{backer} bears full responsibility for what is happening to the people of {place|{village}}.`,
  (r) => `There is no military solution to {this conflict|the siege of {place}}, ${r.pick(['none', 'there never was', 'and everyone knows it'])}.`,
  () => `We cannot leave {our city|{village}}, our homes, to the militias that the regime has mobilized in {place|{district}}.`,
  (r) => `The hospitals {in {village}|in {place}|} have run out of ${r.pick(['anaesthetics', 'blood', 'fuel for the generators', 'beds'])}.`,
  () => `The bottom line is that {the city|{village}|{place}} may be totally destroyed {at this rate|within weeks|by Christmas}.`,
  () => `Nobody in {district|{village}} sleeps at night any more.`,
  (r) => `We have been waiting for ${writeQualified(r, 2, 90)} days for a convoy {to {village}|} that never came.`,
];

const VERBS = ['said', 'said', 'said', 'told reporters', 'warned', 'added', 'insisted', 'told Reuters', 'told a news conference', 'wrote on Twitter'];

export function writeQuoteText(r: Random, scene: Scene): string {
  // synonyms and a clause of its own, so two stories quoting one stock line do not print the same words
  let text = swapSynonyms(r, expandTemplate(r, r.pick(QUOTES)(r, scene), scene), 0.5);
  // every sentence of the quote gets a clause, or its short sentences ("They have to leave.") recur verbatim
  text = text.replace(/([.…])(?= |$)/g, (end) => (r.chance(0.97) ? `, ${trailingClause(r, scene)}${end === '…' ? ' …' : '.'}` : end));
  return capitalize(text.replace(/ +([.,;])/g, '$1').replace(/ +…/g, ' …'));
}

/** One paragraph carrying a quote from `speaker` (already in the form to print: "Staffan de Mistura", "he"). */
export function writeQuoteParagraph(r: Random, scene: Scene, speaker: string, pronoun: string): string {
  // "Jan Egeland, Red Cross regional director," before a full stop loses its comma
  return attachQuote(r, scene, speaker, pronoun).replace(/,([.:])/g, '$1').replace(/,,/g, ',');
}

function attachQuote(r: Random, scene: Scene, speaker: string, pronoun: string): string {
  const q = writeQuoteText(r, scene);
  const open = q.replace(/\.$/, ',');
  const verb = r.pick(VERBS);
  switch (r.int(0, 8)) {
    case 0:
      return `"${open}" ${speaker} ${verb}.`;
    case 1:
      return `"${open}" said ${speaker}.`;
    case 2:
      return `${capitalize(speaker)} said: "${q}"`;
    case 3:
      return `"${open}" ${speaker} ${verb}. "${writeQuoteText(r, scene)}"`;
    case 4: {
      // "It's impossible for the rebel groups," Malahifji said, "to leave Aleppo."
      const words = q.split(' ');
      const cut = Math.max(2, Math.floor(words.length / 2));
      return `"${words.slice(0, cut).join(' ')}," ${speaker} said, "${words.slice(cut).join(' ')}"`;
    }
    case 5:
      return `${capitalize(speaker)} said ${scene.forces} would "${r.pick(['continue the fight', 'restore stability and security', 'not stop until the end', 'respond with force'])}" until the ${scene.fighters} left ${scene.place}, ${trailingClause(r, scene)}.`;
    case 6:
      return `Speaking to ${r.pick(['Danish television', 'the BBC', 'Reuters', 'state media', 'reporters in ' + scene.capital])}, ${speaker} said ${pronoun} would "${r.pick(['continue the fight', 'never surrender', 'keep the corridors open', 'not negotiate under fire'])}", ${trailingClause(r, scene)}. "${q}"`;
    case 7:
      return `${capitalize(speaker)} described the ${r.pick(['offer', 'ceasefire', 'plan', 'amnesty'])} as an "${r.pick(['easy alibi', 'empty gesture', 'act of deception', 'important first step'])}" for ${scene.backer}, ${trailingClause(r, scene)}.`;
    default:
      return `"${open}" ${pronoun} ${r.pick(['added', 'said', 'went on'])}, ${r.pick(['citing the heavy civilian toll', 'before leaving the room', 'without giving details', 'in a statement'])}.`;
  }
}

/** Upper-cases the first letter, after any opening quote mark: '"the United States...' -> '"The United States...'. */
export function capitalize(text: string): string {
  return text.replace(/^(["“]?)(\p{Ll})/u, (_, mark: string, letter: string) => mark + letter.toUpperCase());
}
