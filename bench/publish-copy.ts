// One outlet's copy of a wire story as a scraper saves it: the outlet's own words swapped in, some
// paragraphs dropped, its quote marks, then the page around it: a title printed twice, lines broken
// mid-sentence, a block of paragraphs printed again, "Source:" lines, related links with time stamps,
// copyright lines and comment forms.
import type { Random } from './random.ts';
import type { Story } from './write-story.ts';
import { DAYS, MONTHS, type Outlet, RELATED_HEADLINES } from './vocabulary.ts';

export function publishCopy(r: Random, story: Story, outlet: Outlet, wire: boolean): string {
  const title = rewrite(story.title, outlet);
  const body = story.paragraphs
    .filter((_, i) => i === 0 || !wire || !r.chance(0.1))
    .slice(0, wire && r.chance(0.15) ? r.int(Math.ceil((story.paragraphs.length * 2) / 3), story.paragraphs.length) : undefined)
    .map((paragraph) => rewrite(paragraph, outlet));
  const lines: string[] = [];
  if (!r.chance(0.15)) lines.push(title);
  if (r.chance(outlet.repeatTitle)) lines.push(r.chance(0.5) ? `${title}${title}` : title);
  const sep = outlet.blankLines ? '\n\n' : '\n';
  let text = (lines.length ? lines.join(sep) + sep : '') + body.map((p) => (r.chance(outlet.wrap) ? hardWrap(r, p) : p)).join(sep);
  if (r.chance(outlet.repeatBlock) && body.length > 4) {
    const from = r.int(0, body.length - 3);
    text += sep + body.slice(from, from + r.int(2, 4)).join(sep);
  }
  return text + sep + pageTail(r, outlet) + '\n';
}

function rewrite(text: string, outlet: Outlet): string {
  let out = text;
  for (const [pattern, replacement] of outlet.swaps) out = out.replace(pattern, replacement);
  return outlet.curly ? curl(out) : out;
}

/** Straight marks to curly ones: "It's..." -> “It’s...” */
function curl(text: string): string {
  return text
    .replace(/(^|[\s(\-—])"/g, '$1“')
    .replace(/"/g, '”')
    .replace(/'/g, '’');
}

/** Lines broken at a column, sometimes right after the paragraph's first word ("Fighters\nhave accepted"). */
function hardWrap(r: Random, paragraph: string): string {
  const width = r.int(55, 75);
  const words = paragraph.split(' ');
  const lines: string[] = [];
  let line = '';
  for (const [i, word] of words.entries()) {
    if ((line && line.length + word.length + 1 > width) || (i === 1 && r.chance(0.4))) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  lines.push(line);
  return lines.join('\n');
}

function pageTail(r: Random, outlet: Outlet): string {
  const lines: string[] = [];
  if (r.chance(0.5)) lines.push(`Source: ${outlet.name}`);
  if (r.chance(0.4)) {
    const year = r.int(2015, 2018);
    for (const headline of r.shuffle(RELATED_HEADLINES).slice(0, r.int(3, 8))) {
      const stamp = `GMT ${String(r.int(0, 23)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')} ${year} ${r.pick(DAYS)} ,${String(r.int(1, 28)).padStart(2, '0')} ${r.pick(MONTHS)}`;
      lines.push(r.chance(0.6) ? `${headline}${stamp}` : `${headline}\n${stamp}`);
    }
  }
  if (r.chance(0.5)) {
    const copyright = r.pick([`All rights reserved to ${outlet.name} Media Group ${r.int(2016, 2021)} ©`, `© ${r.int(2016, 2021)} ${outlet.name}. All rights reserved.`, `Copyright ${outlet.name}`]);
    lines.push(copyright, ...(r.chance(0.3) ? [`Maintained and developed by ${outlet.name} Group SAL.`, copyright] : []));
  }
  if (r.chance(0.6)) lines.push(...r.pick([['No comments:', 'Post a Comment'], ['Add new comment', 'Read our comment policy before posting your viewpoints'], ['Send your comments', 'Your comment as a visitor'], ['Leave a Reply']]));
  return lines.join('\n');
}
