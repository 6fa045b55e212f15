// Variety for the generator's sentences, so that two stories built from one template do not print
// near-identical sentences (which the aligner would rightly pair as rewrites). Each sentence of a story is
// varied once, when the story is written, so every syndicated copy of the story shares the result:
// - words swapped for one of several synonyms, chosen per occurrence;
// - an opening phrase and (mostly) one or two trailing clauses, each assembled from independent parts (connector,
//   subject, verb, object, place or time) with invented place names and fresh numbers, so that the space
//   of clauses runs into the billions and two stories almost never share one.
import type { Random } from './random.ts';
import type { Scene } from './scene.ts';
import { CAPITALS, DAYS, MONTHS, PLACES } from './vocabulary.ts';
import { villageName } from './scene.ts';
import { writeCount } from './write-figure.ts';

/** word -> alternatives; the word itself stays one of the choices. */
const SYNONYMS: Record<string, string[]> = {
  said: ['said', 'stated', 'told journalists', 'announced', 'confirmed', 'claimed', 'noted'],
  people: ['people', 'residents', 'civilians', 'inhabitants', 'men, women and children'],
  fighting: ['fighting', 'clashes', 'combat', 'battles', 'skirmishes'],
  city: ['city', 'town', 'urban area', 'provincial capital'],
  war: ['war', 'conflict', 'civil war', 'crisis'],
  killed: ['killed', 'left dead', 'claimed the lives of'],
  food: ['food', 'bread', 'flour', 'rations'],
  medicine: ['medicine', 'drugs', 'medical kits', 'antibiotics'],
  offer: ['offer', 'proposal', 'initiative', 'plan'],
  fighters: ['fighters', 'combatants', 'armed men'],
  heavy: ['heavy', 'intense', 'relentless', 'sustained'],
  hospitals: ['hospitals', 'clinics', 'medical centres', 'field hospitals'],
  trapped: ['trapped', 'stuck', 'hemmed in', 'caught'],
  families: ['families', 'households', 'relatives'],
  reports: ['reports', 'claims', 'accounts', 'statements'],
  government: ['government', 'regime'],
  civilians: ['civilians', 'non-combatants', 'local people', 'bystanders'],
  area: ['area', 'zone', 'sector', 'region'],
  attack: ['attack', 'raid', 'strike', 'onslaught'],
  since: ['since', 'ever since'],
  about: ['about', 'roughly', 'approximately'],
  also: ['also', 'separately', 'in addition'],
  left: ['left', 'remaining'],
  talks: ['talks', 'negotiations', 'discussions', 'consultations'],
  control: ['control', 'command', 'authority'],
  week: ['week', 'seven days'],
  streets: ['streets', 'alleys', 'roads', 'lanes'],
  homes: ['homes', 'houses', 'apartments', 'dwellings'],
  aid: ['aid', 'relief', 'assistance', 'supplies'],
  shelling: ['shelling', 'bombing', 'artillery fire', 'mortar fire'],
  continued: ['continued', 'persisted', 'carried on', 'did not stop'],
  warned: ['warned', 'cautioned', 'predicted', 'feared'],
};

const OPENER_LEADS = ['Late on', 'Early on', 'By', 'On', 'Around noon on', 'Before dawn on', 'Shortly after midnight on'];
const CONNECTORS = ['while', 'as', 'even as', 'after', 'although', 'just days after', 'hours before', 'a week after', 'at a time when', 'shortly before', 'months after', 'because', 'whereas', 'two days after', 'soon after'];
const SUBJECTS = ['a convoy of {n} trucks', 'engineers from {v}', 'a delegation from {c}', 'observers in {c}', 'farmers near {v}', 'the mayor of {v}', 'a hospital in {v}', 'tribal elders from {v}', 'a bakery in {v}', 'volunteers in {p}', 'monitors based in {c}', 'a school near {v}', 'the water board of {p}', 'local councils around {v}', 'a militia from {v}', 'about {n} displaced families', 'the power station at {v}', 'a checkpoint outside {v}', 'smugglers on the road to {v}', 'a bridge over the river at {v}'];
const VERBS = ['reported', 'reopened', 'ran short of', 'turned back', 'came under fire near', 'lost contact with', 'rationed', 'was cut off from', 'demanded access to', 'issued warnings about', 'began moving towards', 'sent appeals to', 'pulled back from', 'was stormed near', 'handed out', 'counted', 'shut down', 'tried to reach', 'negotiated over', 'struggled to supply'];
const OBJECTS = ['{n} sacks of flour', 'the main road to {v}', 'the last open crossing at {v}', 'generators for {n} homes', 'power lines north of {v}', '{n} tents', 'the wells of {v}', 'a field clinic in {v}', 'its stocks of fuel', 'the market in {v}', 'a list of {n} detainees', 'the grain silos at {v}', 'the orchards outside {v}', 'mobile phone networks in {p}', 'schools in {v}', 'the bus station of {v}', 'a ceasefire line near {v}', 'the old quarter of {v}', 'vaccines for {n} children', 'the dam at {v}'];
const WHENS = ['on {d}', 'last {d}', 'in early {m}', 'by mid-{m}', 'overnight', 'at first light', 'this morning', 'for the {o} time this month', 'within {k} hours', 'over the weekend', 'in late {m}', 'after {k} days of silence', 'for {k} consecutive days', 'twice in one night', 'before the curfew'];
const OPENERS = ['{L} {d}', 'According to residents of {v}', 'In a rare statement from {c}', 'For the {o} time in {k} days', 'Speaking by telephone from {v}', 'Meanwhile in {p}', 'Separately', 'At the same time', 'In a development seen in {c} as significant', 'With temperatures near {k} degrees', 'Citing sources in {v}', 'Hours after talks opened in {c}', 'In a {o} round of strikes', 'Despite appeals from {c}', 'In the {o} such incident since {m}'];
const ORDINALS = ['second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'tenth', 'first'];

function fill(r: Random, pattern: string, scene: Scene): string {
  return pattern.replace(/\{([a-zA-Z])\}/g, (_, key: string) => {
    switch (key) {
      case 'v': return r.chance(0.2) ? scene.village : villageName(r);
      case 'p': return r.pick(PLACES);
      case 'c': return r.pick(CAPITALS);
      case 'n': return writeCount(r, 3, 9000);
      case 'k': return String(r.int(2, 48));
      case 'd': return r.pick(DAYS);
      case 'm': return r.pick(MONTHS);
      case 'o': return r.pick(ORDINALS);
      case 'L': return r.pick(OPENER_LEADS);
      default: return key;
    }
  });
}

export function opener(r: Random, scene: Scene): string {
  return fill(r, r.pick(OPENERS), scene);
}

export function trailingClause(r: Random, scene: Scene): string {
  const parts = [r.pick(CONNECTORS), r.pick(SUBJECTS), r.pick(VERBS), r.pick(OBJECTS)];
  if (r.chance(0.6)) parts.push(r.pick(WHENS));
  return fill(r, parts.join(' '), scene);
}

/** A heading between paragraphs: a short line without a full stop, as varied as the stories. */
export function heading(r: Random, scene: Scene): string {
  const verb = r.pick(['Convoy stuck near', 'Talks stall over', 'Hospitals hit in', 'Corridors open at', 'Raids kill dozens in', 'Protest in', 'Aid blocked at', 'Water runs out in', 'Curfew in', 'Bread lines in']);
  return `${verb} ${r.chance(0.5) ? villageName(r) : scene.village}`;
}

/** Swaps words for synonyms, each occurrence on its own, keeping the capital of a first word. */
export function swapSynonyms(r: Random, text: string, probability = 0.6): string {
  return text.replace(/\b[A-Za-z]+\b/g, (word) => {
    const lower = word.toLowerCase();
    const choices = Object.hasOwn(SYNONYMS, lower) ? SYNONYMS[lower] : undefined;
    if (!choices || !r.chance(probability)) return word;
    const choice = r.pick(choices);
    return word === lower ? choice : choice.charAt(0).toUpperCase() + choice.slice(1);
  });
}

/**
 * One narrative sentence (no quote marks inside) made different from every other story's use of its
 * template: synonyms, an optional opener and (mostly) one or two trailing clauses.
 */
export function varySentence(r: Random, sentence: string, scene: Scene): string {
  const end = /[.!?]$/.test(sentence) ? sentence.slice(-1) : '';
  let body = swapSynonyms(r, end ? sentence.slice(0, -1) : sentence);
  if (r.chance(0.55)) body = `${opener(r, scene)}, ${/^(The|A|An|In|On|Since|Neither|There|Residents|People|Witnesses|Activists|Talks|Negotiations|Meetings|Recovering|Retaking|Winning|Prices)\b/.test(body) ? body.charAt(0).toLowerCase() + body.slice(1) : body}`;
  const tails = r.chance(0.92) ? r.int(1, 2) : 0;
  for (let i = 0; i < tails; i++) body += `, ${trailingClause(r, scene)}`;
  return body + end;
}
