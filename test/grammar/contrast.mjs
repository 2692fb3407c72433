// Checks the contrast of Crosscheck's decoration colours in the four theme kinds and prints a table.
// Text in the theme's editor colour must keep WCAG AA contrast (4.5:1) over every translucent
// decoration background, alone and stacked on a claim; borders, verdict colours and gutter icons need
// the non-text minimum (3:1) against the editor background. The contrast of the theme's own token
// colours (what semantic highlighting paints) is printed as advice only: some of them are barely
// above 4.5:1 on the bare editor, so no visible tint could keep them there.
// Colours come from package.json `contributes.colors` once the proposal is pasted there, otherwise
// from the JSON block in docs/decisions/grammar.md. Exits with code 1 when a check fails.
//
//   node test/grammar/contrast.mjs
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const TEXT_MINIMUM = 4.5;
const NON_TEXT_MINIMUM = 3;

// Editor background and text colours of the built-in themes, plus the colours those themes give to
// the TextMate scopes our semantic tokens fall back to (see semanticTokenScopes in the proposal).
const THEMES = {
  dark: {
    theme: 'Dark+',
    background: '#1E1E1E',
    text: { 'editor text': '#D4D4D4' },
    tokens: { person: '#DCDCAA', organization: '#4EC9B0', place: '#569CD6', misc: '#9CDCFE', figure: '#B5CEA8' },
  },
  light: {
    theme: 'Light+',
    background: '#FFFFFF',
    text: { 'editor text': '#000000' },
    tokens: { person: '#795E26', organization: '#267F99', place: '#800000', misc: '#001080', figure: '#098658' },
  },
  highContrast: { theme: 'Dark High Contrast', background: '#000000', text: { 'editor text': '#FFFFFF' }, tokens: {} },
  highContrastLight: { theme: 'Light High Contrast', background: '#FFFFFF', text: { 'editor text': '#000000', 'HC light text': '#292929' }, tokens: {} },
};

// Decoration backgrounds that carry text, with the token colour their text gets.
const BACKGROUNDS = [
  ['crosscheck.personBackground', 'person'],
  ['crosscheck.organizationBackground', 'organization'],
  ['crosscheck.placeBackground', 'place'],
  ['crosscheck.miscBackground', 'misc'],
  ['crosscheck.figureBackground', 'figure'],
  ['crosscheck.claimBackground', null],
];
const UNDERLAY = 'crosscheck.claimBackground'; // claims span sentences, so mentions sit on top of it
const NON_TEXT = (id) => /Border$/.test(id) || /^crosscheck\.claim(?!Background)/.test(id);

function parseColor(hex) {
  const match = /^#([0-9a-f]{6})([0-9a-f]{2})?$/i.exec(hex);
  if (!match) throw new Error(`Not a #RRGGBB or #RRGGBBAA colour: ${hex}`);
  const value = parseInt(match[1], 16);
  return { r: (value >> 16) & 255, g: (value >> 8) & 255, b: value & 255, a: match[2] ? parseInt(match[2], 16) / 255 : 1 };
}

/** Composites `top` over an opaque `bottom` the way the editor paints it (in sRGB). */
function over(top, bottom) {
  const mix = (t, b) => Math.round(top.a * t + (1 - top.a) * b);
  return { r: mix(top.r, bottom.r), g: mix(top.g, bottom.g), b: mix(top.b, bottom.b), a: 1 };
}

function luminance({ r, g, b }) {
  const linear = (c) => (c /= 255) <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

function contrast(a, b) {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

function loadColors() {
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const contributed = (manifest.contributes?.colors ?? []).filter((c) => c.id.startsWith('crosscheck.'));
  if (contributed.length > 0) return { source: 'package.json', colors: contributed };
  const doc = readFileSync(join(root, 'docs', 'decisions', 'grammar.md'), 'utf8');
  const block = /```json\n([\s\S]*?)\n```/.exec(doc);
  if (!block) throw new Error('docs/decisions/grammar.md has no ```json block with the colour proposal');
  return { source: 'docs/decisions/grammar.md', colors: JSON.parse(block[1]).colors };
}

/** Reads the shape and glyph colours of each gutter icon (elements marked class="shape" / "glyph"). */
function loadIcons() {
  const media = join(root, 'media');
  return readdirSync(media).filter((f) => /^verdict-.*\.svg$/.test(f)).map((file) => {
    const svg = readFileSync(join(media, file), 'utf8');
    const paint = (role) => {
      const element = new RegExp(`<[^>]*class="${role}"[^>]*>`).exec(svg)?.[0];
      if (!element) throw new Error(`${file}: no element with class="${role}"`);
      const attribute = (name) => new RegExp(`\\s${name}="(#[0-9a-fA-F]{6})"`).exec(element)?.[1];
      return { fill: attribute('fill'), stroke: attribute('stroke') };
    };
    return { file, shape: paint('shape'), glyph: paint('glyph') };
  });
}

const failures = [];
const advisories = [];
let enforcedCount = 0;
const fmt = (ratio) => ratio.toFixed(2);
function enforce(kind, what, against, ratio, minimum) {
  enforcedCount++;
  if (ratio < minimum) failures.push(`${kind}: ${what} on ${against} is ${fmt(ratio)}:1, needs ${minimum}:1`);
  return ratio < minimum ? `${fmt(ratio)} FAIL` : fmt(ratio);
}

const { source, colors } = loadColors();
const byId = new Map(colors.map((c) => [c.id, c.defaults]));
const icons = loadIcons();
const textRows = [];
const nonTextRows = new Map();
for (const [kind, theme] of Object.entries(THEMES)) {
  const editor = parseColor(theme.background);
  const colorOf = (id) => {
    const value = byId.get(id)?.[kind];
    if (value === undefined) throw new Error(`${id} has no default for ${kind}`);
    return parseColor(value);
  };
  const underlay = over(colorOf(UNDERLAY), editor);
  for (const [id, tokenKind] of BACKGROUNDS) {
    const name = id.replace('crosscheck.', '');
    const surfaces = id === UNDERLAY ? [[name, over(colorOf(id), editor)]] : [[name, over(colorOf(id), editor)], [`${name} on claim`, over(colorOf(id), underlay)]];
    const row = { theme: kind, background: name };
    for (const [textName, text] of Object.entries(theme.text)) {
      row[`${textName} (min ${TEXT_MINIMUM})`] = surfaces.map(([surfaceName, surface]) => enforce(kind, `${textName} ${text}`, surfaceName, contrast(parseColor(text), surface), TEXT_MINIMUM)).join(' / ');
    }
    const token = tokenKind && theme.tokens[tokenKind];
    if (token) {
      // Advisory: the theme's own colour for the semantic token; some are below 4.5:1 even on the bare editor.
      const bare = contrast(parseColor(token), editor);
      const ratios = surfaces.map(([, surface]) => contrast(parseColor(token), surface));
      if (Math.min(...ratios) < TEXT_MINIMUM) advisories.push(`${kind}: ${tokenKind} text ${token} drops to ${fmt(Math.min(...ratios))}:1 (bare editor ${fmt(bare)}:1)`);
      row[`${theme.theme} token colour (advisory)`] = `${token} ${ratios.map(fmt).join(' / ')} (bare ${fmt(bare)})`;
    }
    textRows.push(row);
  }
  const nonText = (label, against, ratio) => {
    const row = nonTextRows.get(label) ?? { check: label };
    row[kind] = enforce(kind, label, against, ratio, NON_TEXT_MINIMUM);
    nonTextRows.set(label, row);
  };
  for (const { id } of colors.filter((c) => NON_TEXT(c.id))) {
    nonText(id.replace('crosscheck.', ''), 'the editor', contrast(over(colorOf(id), editor), editor));
  }
  for (const icon of icons) {
    // A filled shape or its outline must stand out from the editor; the glyph must stand out from
    // the fill, or from the editor when the shape is hollow.
    const outline = Math.max(...[icon.shape.fill, icon.shape.stroke].filter(Boolean).map((c) => contrast(parseColor(c), editor)));
    nonText(`${icon.file} shape`, 'the editor', outline);
    const glyph = parseColor(icon.glyph.fill ?? icon.glyph.stroke);
    nonText(`${icon.file} glyph`, icon.shape.fill ? 'its shape' : 'the editor', contrast(glyph, icon.shape.fill ? parseColor(icon.shape.fill) : editor));
  }
}

console.log(`Colours from ${source}. Editor backgrounds: ${Object.entries(THEMES).map(([k, t]) => `${k} ${t.background}`).join(', ')}.`);
console.log(`\nText on decoration backgrounds (ratio alone / stacked on the claim background), needs ${TEXT_MINIMUM}:1:`);
console.table(textRows);
console.log(`\nBorders, claim colours and gutter icons against the editor background, need ${NON_TEXT_MINIMUM}:1:`);
console.table([...nonTextRows.values()]);
if (advisories.length > 0) console.log(`\nAdvisory (theme token colours, not enforced):\n  ${advisories.join('\n  ')}`);
if (failures.length > 0) {
  console.error(`\n${failures.length} of ${enforcedCount} contrast checks failed:\n  ${failures.join('\n  ')}`);
  process.exitCode = 1;
} else {
  console.log(`\nAll ${enforcedCount} enforced contrast checks pass.`);
}
