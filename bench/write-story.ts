// One wire story from sentence templates: a lead, then quote, figure and background paragraphs in a
// varied order until the story reaches its length (400-900 words), the occasional cross-head between.
import type { Random } from './random.ts';
import type { Person, Scene } from './scene.ts';
import { expandTemplate } from './expand-template.ts';
import { ANONYMOUS, MONTHS, RESIDENTS } from './vocabulary.ts';
import { writeCount, writeMoney, writePercent, writeQualified, writeRange } from './write-figure.ts';
import { capitalize, writeQuoteParagraph, writeQuoteText } from './write-quote.ts';
import { heading, trailingClause, varySentence } from './vary-sentence.ts';

export interface Story {
  title: string;
  /** Paragraphs in wire order; a heading is a short line without a full stop. */
  paragraphs: string[];
}

type Template = (r: Random, s: Scene) => string;

const LEADS: Template[] = [
  (r, s) => `${capitalize(s.fighters)} {holed up|dug in|still fighting} in {${s.district}|{village}|the east of {place}} {can|will be allowed to} leave {with their families|with their light weapons|in green buses} if they {lay down their arms|surrender|accept the deal}, ${s.forces} said {on {day}|late on {day}|in a statement}, vowing to {press on with|step up} the {assault|offensive|campaign} on ${r.pick(['the city', 'the last pocket they hold', s.district, s.village])}.`,
  (r, s) => `${capitalize(s.forces)} ${r.pick(['pushed deeper into', 'tightened the siege of', 'pounded', 'shelled', 'stormed'])} {village} {and|as well as|near} {district} {on {day}|overnight|at dawn}, as ${s.backer} ${r.pick(['called for talks', 'pledged to open humanitarian corridors', 'rejected calls for a truce', 'sent more jets', 'denied bombing hospitals'])} {in {capital}|at the U.N.|}.`,
  (r, s) => `The {offer|promise|announcement} of ${r.pick(['amnesty', 'safe passage', 'a local truce', 'a pause in the fighting'])} {follows|comes after|came after} {two|three|several} weeks of the {heaviest|fiercest|most intense} {bombardment|shelling|air raids} {of the war|in years|since the siege began} in {place}, {which has killed|that has killed|leaving} hundreds of people {trapped|besieged|stranded} {in {village}|inside the ${s.fighters}' sector|in {district}}.`,
  (r) => `{Aid agencies|The U.N.|Doctors in {village}|Relief groups} {warned|said} {on {day}|late on {day}|in {capital}} {of a catastrophe|that disaster was imminent|of mass starvation} in {place}, where ${writeQualified(r, 1000, 300000)} people are {cut off from|without|running out of} {food and medicine|water and fuel|medical care}.`,
];

const BACKGROUND: Template[] = [
  (_r, s) => `${capitalize(s.forces)}, {backed|supported|helped} by {backer}, {have been tightening|tightened|have tightened} their {grip|hold|siege} on {district|{village}|the ${s.fighters}' last districts} this {year|summer|spring|month}, {and|after they} {achieved|reached} a {long-held|long-sought|key} goal of {encircling|cutting off|surrounding} {the area|{village}|the east of {place}}.`,
  () => `{backer} and its {allies|partners|rivals} {accuse|have accused|blame} {each other|the other side} of {war crimes|atrocities|deliberate attacks} {for targeting|over strikes on|after hitting} {civilians|aid deliveries|hospitals|schools|markets} in {village|place}.`,
  () => `{Residents|People in {village}|Witnesses|Activists} said the {bombardment|shelling|air raids|barrel bombs} {was|had been|were} {significantly|much|noticeably|slightly} {lighter|less intense|quieter} {overnight|on {day}|since dawn|after the announcement}, but {heavy|fierce|sporadic} fighting {continued|raged|went on} {on the frontlines|near {district}|around {village}|in the south}.`,
  (r) => `{Talks|Negotiations|Meetings} in {capital} {are due to|will|were set to} {resume|reopen|continue} on ${r.pick(MONTHS)} ${r.int(1, 28)}, {the only|the last|one of the few} {diplomatic track|channel|forum} {still active|still open|left} {over efforts|in the effort|after attempts} to {bring peace to|end the war in|calm} the country.`,
  () => `{place}, {once|formerly|long} {a major commercial hub|the country's largest city|a center of trade}, {stands|remains|is} {divided|split} between {fighters} and {forces} {since {village} fell|after years of war|to this day}.`,
  (r) => `The government {also|meanwhile|on {day}} sent {text messages|leaflets|warnings} to ${r.pick(['mobile phones', 'residents', 'families', 'shopkeepers'])} in {district|{village}}, {telling|urging|ordering} them to {reject|hand over|turn against} the fighters in their {midst|streets|homes}.`,
  () => `{Recovering|Retaking|Winning back} {full control of|all of} {place|{village}} would be the {most important|biggest|most symbolic} {victory|gain|success} of the war for {forces} and their {backers|allies}, {analysts say|diplomats say|according to experts}.`,
  (r) => `Neither side {gave|offered|set} a {timeline|date|schedule} for the ${r.pick(['evacuation', 'talks', 'ceasefire', 'convoys'])} {from {village}|in {place}|}, and it was {not clear|unclear|uncertain} whether the {fighters} would {accept|agree to|reject} the {offer|deal|terms}.`,
  (r) => `The ${r.pick(['convoy', 'corridor', 'truce', 'evacuation'])} {was meant|had been due|was expected} to {start|begin|open} on {day} but was {delayed|halted|held up} by {fighting|sniper fire|shelling|a dispute} near {district|{village}}.`,
  () => `{agency} could not {independently|immediately} {verify|confirm|check} the {reports|claims|accounts} from {village|place}, where {journalists have no access|communications are cut|the internet is down|reporters cannot travel}.`,
];

const FIGURES: Template[] = [
  (r, s) => `${capitalize(writeQualified(r, 10000, 400000))} people are {believed|thought|estimated} to be {trapped|besieged|stuck} {inside|in} ${s.fighters}-held {place|{village}|{district}}, {facing|with} {dire|severe|growing} shortages of {food and medicine|fuel|water}.`,
  (r) => `Since ${r.int(1, 28)} ${r.pick(MONTHS)}, ${writeQualified(r, 50, 2000)} civilians have been killed and ${writeQualified(r, 100, 5000)} {injured|wounded|hurt} in {place|{village}}, {claimant} {said|reported|estimated}.`,
  (r) => `{claimant} said ${writePercent(r)} of the ${r.pick(['hospitals', 'schools', 'water stations', 'bakeries', 'homes'])} in {place|{village}} had been {destroyed or damaged|hit|put out of service}.`,
  (r) => `There are ${writeRange(r)} {fighters|gunmen|militants} {left|still} in {district|{village}}, {according to {claimant}|{claimant} estimates|sources said}.`,
  (r) => `The {agency|U.N.|World Food Programme} {appealed for|is seeking|asked donors for} ${writeMoney(r)} to {feed|help|shelter} ${writeQualified(r, 1000, 250000)} families {in and around|near|in} {place|{village}}.`,
  (r) => `${capitalize(writeCount(r, 50, 30000))} families {fled|left|escaped} {district|{village}} {overnight|on {day}|in the past week}, {claimant} {reported|said}.`,
  (r) => `{forces} said they had {retaken|recaptured|seized} {more than|nearly|about} ${writePercent(r)} of the {neighborhoods|districts|territory} in {place|{village}}.`,
  (r) => `The war has killed {more than|over|at least} ${writeCount(r, 250000, 500000)} people since 2011 and {driven|forced} ${writeQualified(r, 5000000, 12000000)} from their homes, {according to {claimant}|{claimant} says|U.N. estimates show}.`,
  (r) => `A convoy of ${writeCount(r, 10, 80)} trucks carrying {aid|food|medical supplies} for ${writeQualified(r, 5000, 90000)} people {reached|entered|was turned back from} {place|{village}} on {day}.`,
  (r) => `The death toll in {village|place} {rose|climbed} to ${writeQualified(r, 20, 3000)}, ${r.pick(['including', 'among them'])} ${writeCount(r, 5, 400)} children, {claimant} said.`,
  (r, s) => `{backer} said it had carried out ${writeQualified(r, 20, 900)} {air strikes|sorties|raids} in ${r.chance(0.5) ? 'the past week' : 'two days'} and killed ${writeRange(r)} ${s.fighters} {around {village}|in {district}|near {place}}.`,
  (r) => `{Prices|The price} of {bread|rice|sugar|baby milk} in {place|{village}} {have|has} {risen|gone up|jumped} ${r.int(3, 20)}-fold since the siege began, and a {litre of fuel|bag of flour|cylinder of gas} costs ${writeMoney(r)}.`,
];

const TITLES: Template[] = [
  (_r, s) => `${s.place}: ${s.speakers[0]?.last ?? 'UN'} calls on ${s.fighters} to "surrender and leave"`,
  (_r, s) => `${capitalize(s.forces)} press assault on ${s.place} as ${s.backer} offers corridors`,
  (r, s) => `${r.pick(['Amnesty', 'Safe passage', 'Truce'])} for ${s.place} ${s.fighters}`,
  () => `{Thousands|Civilians|Families} {trapped|stranded} as siege of {village} tightens`,
  (r, s) => `${s.place} death toll rises to ${writeCount(r, 100, 3000)}`,
];

export function writeStory(r: Random, scene: Scene): Story {
  const target = r.int(400, 900);
  const paragraphs = [tidy(varySentence(r, expandTemplate(r, r.pick(LEADS)(r, scene), scene), scene))];
  const mentioned = new Set<Person>();
  let words = countWords(paragraphs[0] as string);
  while (words < target) {
    const paragraph = tidy(nextParagraph(r, scene, mentioned));
    paragraphs.push(paragraph);
    words += countWords(paragraph);
  }
  return { title: expandTemplate(r, r.pick(TITLES)(r, scene), scene), paragraphs };
}

function nextParagraph(r: Random, scene: Scene, mentioned: Set<Person>): string {
  const roll = r.next();
  if (roll < 0.38) {
    const person = r.pick(scene.speakers);
    const pronoun = person.male ? 'he' : 'she';
    const first = !mentioned.has(person);
    mentioned.add(person);
    const name = first
      ? r.pick([`${person.role.title} ${person.first} ${person.last}`, `${person.first} ${person.last}, ${person.role.title.replace(/ Brig\. Gen\.$/, '')},`])
      : r.pick([person.last, `${person.male ? 'Mr' : 'Ms'} ${person.last}`, person.role.short]);
    return expandTemplate(r, writeQuoteParagraph(r, scene, name, pronoun), scene);
  }
  if (roll < 0.46) {
    const who = r.chance(0.7) ? r.pick(ANONYMOUS) : `${r.pick(RESIDENTS)} in ${scene.district}`;
    return r.chance(0.5) ? `"${writeQuoteText(r, scene).replace(/\.$/, ',')}" ${who.replace(/,$/, '')} said.` : `${capitalize(who)} said the ${scene.fighters} could hold out for "${r.pick(['weeks if not days', 'an excellent period', 'as long as it takes'])}", ${trailingClause(r, scene)}.`;
  }
  if (roll < 0.72) return capitalize(varySentence(r, expandTemplate(r, r.pick(FIGURES)(r, scene), scene), scene));
  if (roll < 0.74) return heading(r, scene);
  return capitalize(varySentence(r, expandTemplate(r, r.pick(BACKGROUND)(r, scene), scene), scene));
}

/** An empty alternative leaves "talks ." behind. */
function tidy(text: string): string {
  return capitalize(text.replace(/ +([.,])/g, '$1'));
}

export function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}
