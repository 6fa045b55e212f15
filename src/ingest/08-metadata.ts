// Step 8: what the text says about where it comes from: the publisher ("Source: Arab News") and the wire
// agencies it cites ("Reuters reported", "told The Associated Press", "the state Sana news agency reported").
import type { DroppedLine } from '../core/article.ts';
import { SOURCE_LINE } from './03-furniture.ts';

// The world's wire services, by the names articles cite them under.
const AGENCIES: [string, RegExp][] = [
  ['Reuters', /\bReuters\b/],
  ['The Associated Press', /\b(?:the )?Associated Press\b|\(AP\)|\bAP\b(?= (?:reported|said|news|photo|reporter|journalist))|(?:told|to) the AP\b/i],
  ['AFP', /\bAFP\b|\bAgence France[- ]Presse\b/],
  ['Bloomberg', /\bBloomberg(?: News)?\b/],
  ['dpa', /\bdpa\b|\bDeutsche Presse-Agentur\b/],
  ['EFE', /\bEFE\b/],
  ['ANSA', /\bANSA\b/],
  ['Xinhua', /\bXinhua\b/],
  ['TASS', /\bTASS\b/i],
  ['RIA Novosti', /\bRIA(?: Novosti)?\b/],
  ['Interfax', /\bInterfax\b/],
  ['Anadolu Agency', /\bAnadolu\b/],
  ['Kyodo', /\bKyodo\b/],
  ['Yonhap', /\bYonhap\b/],
  ['PTI', /\bPress Trust of India\b|\bPTI\b/],
  ['UPI', /\bUnited Press International\b|\bUPI\b/],
];

// A mention counts as a citation only next to a word of reporting: "Reuters reported", "told Reuters",
// "a Reuters journalist said", "according to AFP". A story *about* an agency is not sourced from it.
const CITING = /\b(reported|reports|reporting|said|says|told|tells|speaking to|spoke to|according to|journalist|correspondent|reporter|photographer|news agency|via|cited by|quoted by)\b/i;
const CITE_WINDOW = 40;

// "the state Sana news agency reported" -> "Sana news agency"
const NEWS_AGENCY = /\b(?:the\s+)?(?:state(?:-run)?\s+|official\s+)?((?:\p{Lu}[\p{L}-]*\s+){1,3})news agency\b/gu;

export function findOutlet(dropped: DroppedLine[]): string | null {
  for (const line of dropped) {
    if (line.reason !== 'source-line') continue;
    const name = SOURCE_LINE.exec(line.text)?.[1]?.trim();
    if (name) return name;
  }
  return null;
}

// each pattern made global once, not once per article, to walk its matches
const AGENCY_MATCHES: [string, RegExp][] = AGENCIES.map(([name, pattern]) => [name, new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : pattern.flags + 'g')]);

export function findAgencies(text: string): string[] {
  const found = new Set<string>();
  for (const [name, pattern] of AGENCY_MATCHES) {
    if (isCited(text, pattern)) found.add(name);
  }
  // most articles name no "... news agency", and the pattern is slow to rule out at every capital
  if (!text.includes('news agency')) return [...found];
  for (const match of text.matchAll(NEWS_AGENCY)) {
    const name = match[1]?.trim();
    if (name && !AGENCIES.some(([known]) => known.toLowerCase() === name.toLowerCase())) found.add(`${name} news agency`);
  }
  return [...found];
}

/** Some match of the (global) pattern has a word of reporting near it. */
function isCited(text: string, pattern: RegExp): boolean {
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const around = text.slice(Math.max(0, match.index - CITE_WINDOW), match.index + match[0].length + CITE_WINDOW);
    if (CITING.test(around)) return true;
  }
  return false;
}
