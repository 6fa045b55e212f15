// Step 8: a cue's source to the name a reader knows: "he" -> the person who spoke last, "De Mistura" ->
// "Staffan de Mistura", "The U.N. Special Envoy for Syria" -> the name the article gives that role,
// "the observatory" / "a monitor" -> the observatory the article names, "UN estimates" -> "UN".
import { tokenize } from './02-tokenize.ts';
import { capitalRuns, type ClaimantContext, ORG_WORDS, roleKey, splitTitle, stripDescriptors, TITLE_WORDS } from './claimant-context.ts';

export interface SpeakerState {
  /** The person who last said something ("he said" points back to them). */
  lastPerson: string | null;
  lastSource: string | null;
  /** The organisation that last said something ("the company said" points back to it). */
  lastOrg: string | null;
  /** The organisation the current sentence opens with: "Northfield United have completed ..., the club confirmed". */
  subjectOrg?: string | null;
}

/** "the charity", "the company": a description of the organisation that spoke last. */
const BACK_REFERENCES = new Set(['company', 'club', 'team', 'side', 'firm', 'carrier', 'airline', 'charity', 'group', 'agency', 'organisation', 'organization', 'association', 'operator', 'insurer', 'bank', 'lender', 'retailer', 'nonprofit', 'union', 'ministry', 'department']);

/** Descriptions that stand for an organisation named elsewhere in the article. */
const ORG_DESCRIPTORS = new Set(['observatory', 'monitor', 'watchdog', 'agency', 'organisation', 'organization', 'ministry', 'charity', 'group', 'ngo', 'committee', 'council']);
/** "a monitor", "the watchdog": the article's rights group or observatory. */
const WATCHDOG_NAMES = /Watch|Observatory|Rights|Monitor|Amnesty|Oxfam|Doctors|Médecins|Red Cross|Red Crescent|Save the Children|Airwaves/;
const PRONOUNS_PERSON = new Set(['he', 'she']);
const PRONOUNS_OTHER = new Set(['it', 'they', 'we']);

export function resolveClaimant(source: string, sentence: number, ctx: ClaimantContext, state: SpeakerState): string {
  const bare = source.replace(/^the\s+/i, '');
  const expanded = ctx.acronyms.get(bare) ?? byInitials(bare, ctx);
  if (expanded) return expanded;
  const lower = source.toLowerCase();
  if (PRONOUNS_PERSON.has(lower)) return state.lastPerson ?? state.lastSource ?? 'reporter';
  if (PRONOUNS_OTHER.has(lower)) return state.lastSource ?? 'reporter';
  const { text, named } = sourceText(source);
  const words = text.split(/\s+/);
  if (!named) {
    const backReference = BACK_REFERENCES.has(text.toLowerCase()) ? state.subjectOrg ?? state.lastOrg : null;
    // "But the watchdog said": with no rights group to stand for, the organisation that spoke last
    const lastSpoke = ORG_DESCRIPTORS.has(text.toLowerCase()) ? state.lastOrg : null;
    return namedOrg(text, sentence, ctx) ?? backReference ?? describedOrg(text, sentence, ctx) ?? lastSpoke ?? text;
  }
  const { role, name } = splitTitle(words);
  if (role.length && name.length && /^\p{Lu}/u.test(name[0] as string)) return fullName(name.join(' '), ctx);
  if (role.length) return ctx.roles.get(roleKey(role.join(' '))) ?? byRole(role, ctx) ?? text;
  // "Staffan de Mistura", "UN"; but "Civil defense workers", "Sana news agency" stay as written
  if (/^\p{Lu}/u.test(words[words.length - 1] as string)) return fullName(text, ctx);
  return describedOrg(text, sentence, ctx) ?? text;
}

// sources repeat within an article and across a briefing ("he", "the observatory"): each is read once
const sourceCache = new Map<string, { text: string; named: boolean }>();
const SOURCE_CACHE_LIMIT = 20_000;

/** A source as written to the words that name it, and whether they hold a capitalised name. */
function sourceText(source: string): { text: string; named: boolean } {
  const known = sourceCache.get(source);
  if (known) return known;
  const text = stripDescriptors(
    source
      // "A report by the New York-based watchdog", "a spokesman for the ministry" -> the watchdog, the ministry
      .replace(/^(a|an|the)\s+(new\s+|recent\s+|\d{4}\s+)?(report|statement|study|survey|tally|count|release|analysis)\s+(by|from|of)\s+/i, '')
      // "a federal survey released on Wednesday", "Eurostat data published last week"
      // "data compiled by RideMetrics": the compiler
      .replace(/^(?:the\s+)?(?:data|figures|statistics|estimates|numbers)\s+(?:compiled|published|released|gathered|collected)\s+by\s+(?=\p{Lu})/iu, '')
      .replace(/\s+(released|published|issued|compiled|conducted|seen)\b.*$/i, '')
      // "Marina Costa Lobo of the University of Lisbon": a person, then where they work
      .replace(/(\p{Lu}\S*(?:\s+\p{Lu}\S*){1,3})\s+(of|at|from)\s+(the\s+)?\p{Lu}.*$/u, (all, name: string) => (ORG_WORDS.test(name) ? all : name))
      .replace(/\s+(estimates?|figures?|data|statistics|tallies|tally|count|calculations|reports?)$/, '')
      // "Treasury documents" are the Treasury's; "court records" stay records
      .replace(/^(\p{Lu}\S*(?:\s+\p{Lu}\S*)*)\s+(documents|papers|records|filings)$/u, '$1')
      .replace(/^(the|a|an|its|his|her|their)\s+/i, '')
      // "Housing charity Shelter", "the airport operator Aena", "state broadcaster TRT": the name after the description
      .replace(/^(?:\S+\s+){0,2}?(charity|group|company|firm|nonprofit|operator|organi[sz]ation|broadcaster|airline|carrier|lender|union|newspaper|pollster|site|website|consultancy)\s+(?=\p{Lu})/u, '')
      .trim(),
  );
  const read = { text, named: capitalRuns(tokenize(text), 1).length > 0 };
  if (sourceCache.size >= SOURCE_CACHE_LIMIT) sourceCache.clear();
  sourceCache.set(source, read);
  return read;
}

/** "De Mistura" -> "Staffan de Mistura", "Suleiman" -> "Samir Suleiman". */
function fullName(name: string, ctx: ClaimantContext): string {
  if (ORG_WORDS.test(name)) return name;
  // "Norvane forecast" -> "Norvane Software": a name used by its first word
  if (!name.includes(' ') && name !== name.toUpperCase() && !ctx.persons.has(name.toLowerCase())) return ctx.byFirstWord.get(name.toLowerCase()) ?? name;
  const last = (name.split(/\s+/).pop() ?? '').split('-').pop()?.toLowerCase() ?? '';
  const full = ctx.persons.get(last);
  return full && full.length > name.length && name.split(/\s+/).length <= 2 ? full : name;
}

/** "the UN envoy", "the U.N. Syria envoy" -> the person whose role has all those words ("U.N. Special Envoy for Syria"). */
function byRole(role: string[], ctx: ClaimantContext): string | null {
  const wanted = roleKey(role.join(' ')).split(' ');
  if (!wanted.some((w) => TITLE_WORDS.has(w))) return null;
  for (const [key, name] of ctx.roles) {
    const have = new Set(key.split(' '));
    if (wanted.every((w) => have.has(w))) return name;
  }
  return null;
}

/** "the association" -> the nearest organisation with that word in its name ("National Residential Landlords Association"). */
function namedOrg(text: string, sentence: number, ctx: ClaimantContext): string | null {
  const head = text.toLowerCase().split(/\s+/).pop() ?? '';
  let best: { name: string; sentence: number } | null = null;
  for (const org of ctx.orgs) {
    if (!org.name.toLowerCase().split(/\s+/).includes(head)) continue;
    if (!best || Math.abs(org.sentence - sentence) < Math.abs(best.sentence - sentence)) best = org;
  }
  return best?.name ?? null;
}

/** "observatory" -> "Syrian Observatory for Human Rights"; "monitor", "watchdog" -> the nearest rights group or observatory. */
function describedOrg(text: string, sentence: number, ctx: ClaimantContext): string | null {
  const head = text.toLowerCase().split(/\s+/).pop() ?? '';
  if (!ORG_DESCRIPTORS.has(head)) return null;
  const byName = ctx.orgs.filter((o) => o.name.toLowerCase().split(/\s+/).includes(head));
  const pool = byName.length ? byName : ['monitor', 'watchdog', 'charity', 'group', 'ngo'].includes(head) ? ctx.orgs.filter((o) => WATCHDOG_NAMES.test(o.name)) : [];
  let best: { name: string; sentence: number } | null = null;
  for (const org of pool) if (!best || Math.abs(org.sentence - sentence) < Math.abs(best.sentence - sentence)) best = org;
  return best?.name ?? null;
}

/**
 * A resolved source that names a person (two to four capitalised words, no organisation word). An
 * article calls a person by the last word of the name ("Thorne") and a company by the first
 * ("Norvane" for "Norvane Software").
 */
export function isPersonName(name: string, ctx?: ClaimantContext): boolean {
  const words = name.split(/\s+/);
  if (/^(The|A|An) /.test(name)) return false;
  if (!(words.length >= 2 && words.length <= 4 && /^\p{Lu}/u.test(name) && !ORG_WORDS.test(name) && /^\p{Lu}/u.test(words[words.length - 1] as string))) return false;
  return !ctx || !ctx.soleWords.has(words[0] as string) || ctx.soleWords.has(words[words.length - 1] as string);
}

/** "WHO" -> "World Health Organization": an acronym of the initials of an organisation the article names. */
function byInitials(acronym: string, ctx: ClaimantContext): string | null {
  if (!/^\p{Lu}{2,6}$/u.test(acronym)) return null;
  for (const org of ctx.orgs) {
    const initials = org.name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
    if (initials === acronym) return org.name;
  }
  return null;
}
