// Safe Markdown building blocks. Article text is untrusted: every ASCII punctuation character is
// backslash-escaped (CommonMark allows escaping any of them), line breaks become spaces, control and
// bidirectional-override characters are dropped. Links are only ever `command:crosscheck.*` URIs
// whose arguments are JSON-encoded and percent-encoded.

/** The command a LinkFactory may link to: `command:crosscheck.<name>` with optional encoded arguments. */
const SAFE_COMMAND_URI = /^command:crosscheck\.[A-Za-z][A-Za-z0-9]*(?:\?[A-Za-z0-9%._~-]*)?$/;

// C0/C1 controls (but tab), zero-width and bidi controls that could hide or reorder text.
const INVISIBLE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2069\ufeff]/g;
const ASCII_PUNCTUATION = /[!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~]/g;

/** Article text as literal Markdown: no formatting, links, HTML, entities or line structure survive. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(INVISIBLE, '')
    .replace(/\s+/g, ' ')
    .replace(ASCII_PUNCTUATION, (ch) => `\\${ch}`);
}

/** Builds the command URIs hover cards link to. An editor adapter may supply its own. */
export interface LinkFactory {
  /** URI of a command that opens `sourceId` and selects [start, end). */
  openSource(sourceId: string, start: number, end: number): string;
  /** URI of a command that lists every mention of an entity. */
  showAllMentions(entityId: string): string;
}

/** A `command:` URI with JSON arguments, percent-encoded so no character can end a Markdown link. */
export function commandUri(command: string, args: readonly unknown[]): string {
  const encoded = encodeURIComponent(JSON.stringify(args)).replace(/[!'()*]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);
  return `command:${command}?${encoded}`;
}

/**
 * The default links: `crosscheck.openSource` with `[{ sourceId, start, end }]` and
 * `crosscheck.showAllMentions` with `[{ entityId }]`. The VS Code adapter registers these commands
 * and renders the card with `isTrusted: { enabledCommands: ['crosscheck.openSource', 'crosscheck.showAllMentions'] }`.
 */
export function commandLinks(): LinkFactory {
  return {
    openSource: (sourceId, start, end) => commandUri('crosscheck.openSource', [{ sourceId, start, end }]),
    showAllMentions: (entityId) => commandUri('crosscheck.showAllMentions', [{ entityId }]),
  };
}

/**
 * A Markdown link whose label is escaped text. A URI that is not a well-formed
 * `command:crosscheck.*` URI yields the plain escaped label, never a link.
 */
export function markdownLink(label: string, uri: string): string {
  const text = escapeMarkdown(label) || '\\(untitled\\)';
  return SAFE_COMMAND_URI.test(uri) ? `[${text}](${uri})` : text;
}
