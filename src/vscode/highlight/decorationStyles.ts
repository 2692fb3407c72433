// What each kind of mention looks like as an editor decoration. Colours are theme colours
// contributed in package.json (crosscheck.<kind>Background / crosscheck.<kind>Border), so themes and
// workbench.colorCustomizations can override them; the underline *style* differs per kind, so
// mentions stay distinguishable without relying on colour.
// Underlines are CSS text decorations, drawn with the text just under the glyphs. A bottom border
// would be drawn behind the text at the very bottom of the line, where the outline of a figure on
// the next line (outlines are drawn outside the line's box) hides it.
import * as vscode from 'vscode';
import type { EntityType } from '../../core/model';
import type { HighlightStyle } from '../config';

export type DecorationKind = EntityType | 'figure' | 'disputed';

export const DECORATION_KINDS: readonly DecorationKind[] = ['person', 'organization', 'place', 'misc', 'figure', 'disputed'];

const UNDERLINES: Readonly<Record<EntityType, { readonly line: string; readonly thickness: string }>> = {
  person: { line: 'solid', thickness: '2px' },
  organization: { line: 'dashed', thickness: '2px' },
  place: { line: 'dotted', thickness: '2px' },
  // Two 1px lines with a gap: thicker lines would merge.
  misc: { line: 'double', thickness: '1px' },
};

/** A theme colour as the workbench exposes it to CSS (textDecoration takes no ThemeColor). */
const cssColor = (id: string) => `var(--vscode-crosscheck-${id})`;

const color = (id: string) => new vscode.ThemeColor(`crosscheck.${id}`);

export function decorationOptions(kind: DecorationKind, style: Exclude<HighlightStyle, 'tokens-only'>): vscode.DecorationRenderOptions {
  const withBackground = style === 'background';
  if (kind === 'figure') {
    return {
      backgroundColor: withBackground ? color('figureBackground') : undefined,
      outlineColor: color('figureBorder'),
      outlineStyle: 'solid',
      outlineWidth: '1px',
      borderRadius: '2px',
      rangeBehavior: vscode.DecorationRangeBehavior.OpenOpen,
    };
  }
  if (kind === 'disputed') {
    return {
      backgroundColor: withBackground ? color('figureBackground') : undefined,
      // Told apart from other figures by more than colour: a box twice as thick and bold text. No
      // wavy underline (the disagreement diagnostic already draws its squiggle there) and no double
      // box (its outer line, drawn outside the line, reads as an underline of the line above).
      outlineColor: color('disputedFigureBorder'),
      outlineStyle: 'solid',
      outlineWidth: '2px',
      borderRadius: '2px',
      fontWeight: 'bold',
      overviewRulerColor: color('disputedFigureBorder'),
      overviewRulerLane: vscode.OverviewRulerLane.Center,
      rangeBehavior: vscode.DecorationRangeBehavior.OpenOpen,
    };
  }
  const { line, thickness } = UNDERLINES[kind];
  return {
    backgroundColor: withBackground ? color(`${kind}Background`) : undefined,
    textDecoration: `underline ${line} ${cssColor(`${kind}Border`)} ${thickness}`,
    rangeBehavior: vscode.DecorationRangeBehavior.OpenOpen,
  };
}
