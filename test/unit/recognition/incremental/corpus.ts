// Texts for the incremental-analysis tests: the samples, the labelled eval articles (text only) and
// a few written here to reach the states that cross blank lines.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseAnnotated } from '../../../../bench/eval-data';

const ROOT = path.resolve(__dirname, '../../../../..');

function filesIn(dir: string, suffixes: string[]): string[] {
  const full = path.join(ROOT, dir);
  if (!fs.existsSync(full)) return [];
  return fs.readdirSync(full).filter((f) => suffixes.some((s) => f.endsWith(s))).sort().map((f) => path.join(full, f));
}

const WRITTEN = [
  // Sports copy: decided on the whole text.
  'Rovers 2-1 Harbour Town\n\nThe striker scored twice before half-time as Rovers beat Harbour Town.\n\nHarbour Town manager Ellis Crane said the penalty was harsh. Leeds host Rovers next.\n',
  // Reader comments run to the end of the page, across blank lines.
  'Council approves the Riverside plan\n\nThe council in Marlow voted 7-2 on Monday.\n\n12 comments\n\nJane Holt\n\nGreat news for Marlow.\n\nPeter Vance\n\nWho pays for it?\n',
  // A furniture block ends at a blank line; a headline at the top; CRLF.
  'Storm Hits Northern Coast Overnight\r\n\r\nRelated:\r\nFloods In Carlow\r\nBridge Closed\r\n\r\nThe Met Office said 40,000 homes in Carlow lost power on Tuesday, January 6, 2026.\r\n',
  // A dateline date used by relative dates in a later paragraph.
  'LISBON, January 7, 2026 (Agencies) – Ministers met on Wednesday.\n\nThey will meet again next Tuesday, said Maria Duarte of the Atlantic Grid Authority (AGA).\n\nThe AGA said 26 countries had signed.\n',
];

function longParagraph(): string {
  const sentence = 'Officials from the Atlantic Grid Authority met Priya Raman in Bergen on Tuesday to discuss the 3,200 jobs promised by the North Sea Ports Council, according to a statement released in Rotterdam that afternoon.';
  const lines: string[] = [];
  for (let i = 0; i < 80; i++) lines.push(i % 7 === 3 ? 'Share this\nFacebook | Twitter | Email' : `${sentence} Paragraph line ${i} mentions Tomas Lindqvist.`);
  return `Grid Talks Continue\n\n${lines.join('\n')}\n`;
}

export function corpusTexts(): Array<{ id: string; text: string }> {
  const texts: Array<{ id: string; text: string }> = [];
  for (const file of filesIn('samples', ['.txt', '.md'])) texts.push({ id: `samples/${path.basename(file)}`, text: fs.readFileSync(file, 'utf8') });
  for (const set of ['eval/dev', 'eval/test']) {
    for (const file of filesIn(set, ['.ann'])) texts.push({ id: `${set}/${path.basename(file, '.ann')}`, text: parseAnnotated(fs.readFileSync(file, 'utf8')).text });
  }
  WRITTEN.forEach((text, i) => texts.push({ id: `written/${i}.txt`, text }));
  texts.push({ id: 'written/long.txt', text: longParagraph() });
  return texts;
}
