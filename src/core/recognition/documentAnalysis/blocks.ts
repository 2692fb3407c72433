// Where a document can be cut into blocks that analyse exactly as they do inside the whole text.
import { isCommentsHeading, readerCommentsStart } from '../entities/tokenize';
import { mayHeadListAfterBlankLine, MAX_HEADING_LINE } from '../furnitureHeadings';

export interface Block {
  readonly start: number;
  readonly end: number;
  /** After a reader-comments heading: every line is page furniture (see `COMMENTS_PREFIX`). */
  readonly afterComments?: boolean;
}

/**
 * Put before a block that follows a reader-comments heading, so that the tokenizer is in the same
 * state as in the whole text (comments run to the end of the page, across blank lines).
 */
export const COMMENTS_PREFIX = 'Reader comments\n\n';

/** A paragraph longer than this is cut further, at lines that reset every per-line state. */
const LONG_BLOCK = 8192;
/** A line this long is never a headline, a menu or a furniture line, and ends a furniture block. */
const RESETTING_LINE = 200;

function isBlank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 13 && c !== 0xa0 && c !== 0xfeff) return false;
  }
  return true;
}

/**
 * Paragraphs (text between blank lines; the blank lines themselves hold no words and belong to no
 * block). The one tokenizer state that crosses a blank line is marked here: the blocks after a
 * reader-comments heading are `afterComments`. Paragraphs over
 * 8 KB are cut before lines of 200+ characters, which reset the per-line state. A single line
 * is never cut.
 */
export function splitBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  const length = text.length;
  let blockStart = -1;
  let lineStart = 0;
  let commentsSeen = false;
  let commentsFrom: number | undefined;
  let blockAfterComments = false;
  let loneHeading = false;
  let blankAfterHeading = false;
  const push = (start: number, end: number) => blocks.push(blockAfterComments ? { start, end, afterComments: true } : { start, end });
  while (lineStart <= length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = length;
    if (isBlank(text, lineStart, lineEnd)) {
      // "Most read", one blank line, then its list: the tokenizer reads them together, so they
      // stay one block.
      if (loneHeading && !blankAfterHeading) {
        blankAfterHeading = true;
      } else {
        if (blockStart >= 0) push(blockStart, lineStart);
        blockStart = -1;
        loneHeading = false;
      }
    } else {
      loneHeading = false;
      if (blockStart < 0) {
        blockStart = lineStart;
        blockAfterComments = commentsSeen;
        loneHeading = lineEnd - lineStart <= MAX_HEADING_LINE && mayHeadListAfterBlankLine(text.slice(lineStart, lineEnd));
        blankAfterHeading = false;
      } else if (lineStart - blockStart > LONG_BLOCK && lineEnd - lineStart >= RESETTING_LINE && text.slice(lineStart, lineEnd).trim().length >= RESETTING_LINE) {
        push(blockStart, lineStart);
        blockStart = lineStart;
        blockAfterComments = commentsSeen;
      }
      // A comments heading: the tokenizer's own line scan says whether (inside a furniture block
      // it is not one) and where the comments start.
      if (commentsFrom === undefined && lineEnd - lineStart <= 200 && isCommentsHeading(text.slice(lineStart, lineEnd))) commentsFrom = readerCommentsStart(text);
      if (commentsFrom !== undefined && commentsFrom >= 0 && lineStart >= commentsFrom) commentsSeen = true;
    }
    lineStart = lineEnd + 1;
  }
  if (blockStart >= 0) push(blockStart, length);
  return blocks;
}
