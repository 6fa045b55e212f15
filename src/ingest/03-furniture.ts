// Step 3: drop page furniture, the parts of a scraped page that are not the story: comment forms,
// "Read More:" teasers, lists of related links with time stamps, copyright lines. The patterns name
// what content-management systems print, not lines of any particular file.
import type { DropReason, DroppedLine } from '../core/article.ts';
import type { Line } from './02-lines.ts';

const FURNITURE: [DropReason, RegExp][] = [
  // "No comments:", "Post a Comment", "Add new comment", "Send your comments", "Your comment as a visitor"
  ['comment-form', /^(no comments?:?|\d+ comments?:?|post a comment|add (a )?(new )?comment|leave a (comment|reply)|send (us )?your comments?|your comment as a (visitor|guest)|write a comment|show comments|view comments|comments?|be the first to comment.*)$/i],
  // "Read our comment policy before posting your viewpoints"
  ['comment-form', /^read our (comment|commenting|community) (policy|guidelines)\b/i],
  // "All rights reserved to Arab Today Media Group 2021 ©", "Maintained and developed by ..."
  ['copyright', /all rights reserved|^\s*(©|\(c\)|copyright\b)|©\s*\d{4}|\d{4}\s*©\s*$|maintained and developed by|powered by \w+/i],
  // "Read More: New “achievement” for the UN in Darayya", "Related: ...", "See also: ..."
  ['read-more', /^(read more|read also|also read|see also|related( articles| stories| news| coverage)?|more on this( story)?|recommended|you may also like|more from \w+)\s*[:>»-]/i],
  // "Share this", "Tweet", "Advertisement"
  ['read-more', /^(share( this( article| story)?)?( on \w+)?|tweet|email|print|advertisement|sponsored|subscribe( now)?|sign up.*newsletter.*)$/i],
];

// "Russian jet crashes in Syria, crew killedGMT 19:07 2017 Sunday ,01 October": a headline glued to a
// time stamp is a related-links list; so is a bare stamp line.
const TIME_STAMP = /\b(GMT|UTC)\s*\d{1,2}:\d{2}\b|\b\d{1,2}:\d{2}\s*(GMT|UTC)\b|\b\d{1,2}:\d{2}\s+\d{4}\s+(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i;

// "Source: Arab News" names the publisher; it is metadata, not story text.
export const SOURCE_LINE = /^(?:source|sources|via|published by|courtesy of)\s*:\s*(.{2,80}?)\.?$/i;

const SENTENCE_END = /[.!?…]["'”’)\]]*$/;

export function classifyFurniture(text: string): DropReason | null {
  if (text.length > 300) return null;
  for (const [reason, pattern] of FURNITURE) if (pattern.test(text)) return reason;
  if (SOURCE_LINE.test(text)) return 'source-line';
  if (TIME_STAMP.test(text)) return 'related-links';
  return null;
}

/**
 * Marks furniture lines, and the tail of the page below the story: lines after the last story
 * paragraph that are furniture or, once furniture has been seen below them, unpunctuated link titles.
 */
export function dropFurniture(lines: Line[]): { kept: (Line | null)[]; dropped: DroppedLine[] } {
  const reasons: (DropReason | null)[] = lines.map((line) => (line.text ? classifyFurniture(line.text) : null));
  let furnitureBelow = false;
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i] as Line;
    if (!line.text) continue;
    if (reasons[i]) {
      furnitureBelow = true;
      continue;
    }
    if (furnitureBelow && !SENTENCE_END.test(line.text) && line.text.length < 120) reasons[i] = 'related-links';
    else break;
  }
  const dropped: DroppedLine[] = [];
  const kept = lines.map((line, i) => {
    const reason = reasons[i];
    if (!reason) return line;
    dropped.push({ start: line.start, end: line.end, text: line.text, reason });
    return null;
  });
  return { kept, dropped };
}
