import { describe, expect, it } from 'vitest';
import { decodeArticle } from '../../src/ingest/01-decode.ts';
import { splitLines } from '../../src/ingest/02-lines.ts';
import { classifyFurniture } from '../../src/ingest/03-furniture.ts';
import { joinParagraphs } from '../../src/ingest/05-paragraphs.ts';
import { sentenceSpans } from '../../src/ingest/07-sentences.ts';
import { findAgencies } from '../../src/ingest/08-metadata.ts';

const paragraphsOf = (text: string) => joinParagraphs(text, splitLines(text), null).map((p) => [p.kind, p.text]);
const sentencesOf = (text: string) => sentenceSpans(text, 0, text.length).map(([start, end]) => text.slice(start, end));

describe('01 decode', () => {
  it.each([
    ['UTF-8 text', Buffer.from('Assad’s forces'), 'ok'],
    ['a NUL byte', Buffer.from([0x48, 0x00, 0x49]), 'binary'],
    ['Latin-1 bytes', Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6b]), 'invalid-utf8'],
    ['only white space', Buffer.from(' \n\t\n'), 'empty'],
  ])('%s', (_name, bytes, expected) => {
    const decoded = decodeArticle(bytes);
    expect(decoded.ok ? 'ok' : decoded.reason).toBe(expected);
  });

  it('names the first bad byte', () => {
    const decoded = decodeArticle(Buffer.from([0x41, 0x42, 0xff, 0x43]));
    expect(decoded.ok ? '' : decoded.message).toContain('byte 2');
  });
});

describe('02 lines', () => {
  it('keeps offsets through CRLF and trims spaces', () => {
    const text = '  Title \r\n\r\nBody line.';
    expect(splitLines(text).map((l) => [l.text, text.slice(l.start, l.end)])).toEqual([
      ['Title', 'Title'],
      ['', ''],
      ['Body line.', 'Body line.'],
    ]);
  });
});

describe('03 furniture', () => {
  it.each([
    ['No comments:', 'comment-form'],
    ['Post a Comment', 'comment-form'],
    ['Add new comment', 'comment-form'],
    ['Read our comment policy before posting your viewpoints', 'comment-form'],
    ['All rights reserved to Arab Today Media Group 2021 ©', 'copyright'],
    ['© 2016 Guardian News and Media Limited', 'copyright'],
    ['Read More: New “achievement” for the UN in Darayya', 'read-more'],
    ['Related: Syria talks collapse', 'read-more'],
    ['Daesh captures town from governmentGMT 21:09 2017 Thursday ,28 September', 'related-links'],
    ['Source: Arab News', 'source-line'],
    // story text that merely mentions comments or sources is kept
    ['The army declined to comment on the report.', null],
    ['Sources said the convoy left at dawn.', null],
    ['He said the offer would remain open until 20:00 local time on Friday.', null],
  ])('%s', (line, expected) => {
    expect(classifyFurniture(line)).toBe(expected);
  });
});

describe('05 paragraphs', () => {
  it.each([
    ['a word left alone by a drop capital', 'The\ngovernment also sent text messages.', [['body', 'The government also sent text messages.']]],
    ['a line ending on "said Staffan de"', '"The bottom line," said Staffan de\nMistura, invoking the 1990s.', [['body', '"The bottom line," said Staffan de Mistura, invoking the 1990s.']]],
    ['a capitalised continuation of a wrapped line', 'The offers were announced as Human Rights Watch said\nRussian and Syrian forces had renewed attacks.', [['body', 'The offers were announced as Human Rights Watch said Russian and Syrian forces had renewed attacks.']]],
    ['a cross-head before a paragraph', 'Anti-Russia protest\nTurkish students protested on Sunday.', [['heading', 'Anti-Russia protest'], ['body', 'Turkish students protested on Sunday.']]],
    ['a cross-head broken across lines', 'Fighters not to\nleave Aleppo\nFighters in Aleppo have told the United States.', [['heading', 'Fighters not to leave Aleppo'], ['body', 'Fighters in Aleppo have told the United States.']]],
    ['sentences ending lines start new paragraphs', 'First one ends here.\nSecond starts here.', [['body', 'First one ends here.'], ['body', 'Second starts here.']]],
    ['an initialism ending a line', 'could cause a bloodbath, the U.N.\nSyria envoy warned on Thursday.', [['body', 'could cause a bloodbath, the U.N. Syria envoy warned on Thursday.']]],
  ])('%s', (_name, text, expected) => {
    expect(paragraphsOf(text)).toEqual(expected);
  });
});

describe('07 sentences', () => {
  it.each([
    ['Army spokesman Brig. Gen. Samir Suleiman said they will face death. He spoke to the AP.', ['Army spokesman Brig. Gen. Samir Suleiman said they will face death.', 'He spoke to the AP.']],
    ['Putin will visit Paris on Oct. 19 to discuss Syria.', ['Putin will visit Paris on Oct. 19 to discuss Syria.']],
    ['the fall within “weeks if not days”. The war has killed.', ['the fall within “weeks if not days”.', 'The war has killed.']],
    ['“Can you please look at my eyes,” de Mistura said. “If you decide to leave.”', ['“Can you please look at my eyes,” de Mistura said.', '“If you decide to leave.”']],
    ['fighting backed by the U.S. The army said so.', ['fighting backed by the U.S.', 'The army said so.']],
    ['A U.S. official said so.', ['A U.S. official said so.']],
    ['“Russia murderer, go away from Syria!” chanted several dozen students.', ['“Russia murderer, go away from Syria!” chanted several dozen students.']],
    ['John F. Kennedy spoke. It rained.', ['John F. Kennedy spoke.', 'It rained.']],
  ])('%s', (text, expected) => {
    expect(sentencesOf(text)).toEqual(expected);
  });
});

describe('08 metadata', () => {
  it.each([
    ['Fighters have accepted amnesty offers, Reuters reported.', ['Reuters']],
    ['He spoke to The Associated Press in Aleppo.', ['The Associated Press']],
    ['The decree was issued, the state Sana news agency reported.', ['Sana news agency']],
    ['Speaking to AFP, a resident said the bombing went on.', ['AFP']],
    // a story about an agency does not cite it
    ['Reuters shares fell 3 percent.', []],
  ])('%s', (text, expected) => {
    expect(findAgencies(text)).toEqual(expected);
  });
});
