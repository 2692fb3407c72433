// Turns file bytes into article text the way VS Code shows it, or says why it cannot.

export type DecodedArticle =
  | { readonly ok: true; readonly text: string; readonly encoding: string; readonly warning?: string }
  | { readonly ok: false; readonly reason: string };

/** Bytes scanned for NUL characters when deciding whether a file is binary. */
const BINARY_SNIFF_BYTES = 8192;

export function decodeArticle(bytes: Uint8Array): DecodedArticle {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { ok: true, text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { ok: true, text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  const sniff = bytes.subarray(0, BINARY_SNIFF_BYTES);
  if (sniff.includes(0)) {
    return { ok: false, reason: 'binary file (contains NUL bytes)' };
  }
  const hasBom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = hasBom ? bytes.subarray(3) : bytes;
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8' };
  } catch {
    // VS Code opens such files as UTF-8 with replacement characters; do the same so offsets agree.
    return {
      ok: true,
      text: new TextDecoder('utf-8').decode(body),
      encoding: 'utf-8',
      warning: 'not valid UTF-8: invalid bytes were replaced with U+FFFD',
    };
  }
}

/** Splits a byte count into a human-readable size ("2.4 MB"). */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
