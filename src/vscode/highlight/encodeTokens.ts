// Encodes mentions as VS Code semantic token data (5 integers per token, positions relative to the
// previous token). Plain data in, Uint32Array out: no vscode API, so the benchmark measures exactly
// what the provider runs.
import type { Mention, MentionType } from '../../core/model';
import { DISPUTED_MODIFIER_BIT, tokenTypeIndex } from './tokenTypes';
import { FigureKeys } from './figureKeys';

export interface TokenEncodingOptions {
  /** Mention types to emit; the others are left out. */
  readonly shown: Readonly<Record<MentionType, boolean>>;
  /** Keys (see FigureKeys) of figures another source contradicts. */
  readonly disputed?: ReadonlySet<string>;
}

/** Offsets at which each line starts; VS Code breaks lines at \r\n, \n and a lone \r. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10) starts.push(i + 1);
    else if (code === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

/** End of line `line`'s content (before its line break). */
function lineContentEnd(text: string, starts: readonly number[], line: number): number {
  if (line + 1 >= starts.length) return text.length;
  let end = starts[line + 1];
  if (text.charCodeAt(end - 1) === 10) end--;
  if (text.charCodeAt(end - 1) === 13) end--;
  return end;
}

/**
 * Semantic token data for `mentions` (sorted by start, non-overlapping, as the recogniser returns
 * them). A mention that crosses a line break (hard-wrapped "United\nKingdom") becomes one token per
 * line, since a semantic token cannot span lines.
 */
export function encodeSemanticTokens(text: string, mentions: readonly Mention[], options: TokenEncodingOptions): Uint32Array {
  const starts = lineStarts(text);
  const data: number[] = [];
  const keys = options.disputed && options.disputed.size > 0 ? new FigureKeys() : undefined;
  let line = 0;
  let previousLine = 0;
  let previousChar = 0;
  for (const mention of mentions) {
    const key = keys && mention.kind === 'figure' ? keys.next(mention) : undefined;
    if (!options.shown[mention.type] || mention.end <= mention.start || mention.end > text.length) continue;
    const type = tokenTypeIndex(mention.type);
    const modifiers = key !== undefined && options.disputed!.has(key) ? DISPUTED_MODIFIER_BIT : 0;
    while (line + 1 < starts.length && starts[line + 1] <= mention.start) line++;
    for (let pieceLine = line, from = mention.start; from < mention.end && pieceLine < starts.length; pieceLine++) {
      const lineEnd = lineContentEnd(text, starts, pieceLine);
      const to = Math.min(mention.end, lineEnd);
      if (to > from) {
        const char = from - starts[pieceLine];
        data.push(pieceLine - previousLine, pieceLine === previousLine ? char - previousChar : char, to - from, type, modifiers);
        previousLine = pieceLine;
        previousChar = char;
      }
      from = pieceLine + 1 < starts.length ? starts[pieceLine + 1] : mention.end;
    }
  }
  return Uint32Array.from(data);
}
