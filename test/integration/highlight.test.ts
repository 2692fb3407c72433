import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, waitFor, workspaceFile } from './helpers';

// Written for this test (not from any real article); the recogniser's reading of it is asserted below.
const FIXTURE = [
  'Tidal barrier for Portvale wins council vote',
  '',
  'By Mara Quell',
  '',
  'PORTVALE, May 4, 2026 (Coastline Post) – The Portvale Harbour Authority approved a tidal barrier worth €40 million on Monday, after Mayor Ines Darrow told councillors that 3,200 homes in Lower Wickham had flooded twice since 2019.',
  '',
  'The barrier will stretch 1.8 km across the mouth of the River Sallow and should be finished by the third quarter of 2028. Darrow said the Greenleaf Institute had found that 64% of residents backed the plan.',
  '',
  'Work starts at 7:30 a.m. on June 1, according to Tomasz Brevik, the authority\'s chief engineer.',
  '',
].join('\n');
const FIXTURE_PATH = 'highlight-fixture.article';

interface DecodedToken {
  readonly line: number;
  readonly character: number;
  readonly length: number;
  readonly type: string;
  readonly modifiers: readonly string[];
  readonly text: string;
}

async function tokensOf(document: vscode.TextDocument): Promise<DecodedToken[]> {
  const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend | undefined>('vscode.provideDocumentSemanticTokensLegend', document.uri);
  const tokens = await vscode.commands.executeCommand<vscode.SemanticTokens | undefined>('vscode.provideDocumentSemanticTokens', document.uri);
  if (!legend || !tokens) return [];
  const decoded: DecodedToken[] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i < tokens.data.length; i += 5) {
    const [deltaLine, deltaStart, length, type, modifierBits] = tokens.data.slice(i, i + 5);
    line += deltaLine;
    character = deltaLine === 0 ? character + deltaStart : deltaStart;
    const modifiers = legend.tokenModifiers.filter((_, bit) => modifierBits & (1 << bit));
    const text = document.getText(new vscode.Range(line, character, line, character + length));
    decoded.push({ line, character, length, type: legend.tokenTypes[type], modifiers, text });
  }
  return decoded;
}

/** Where `text` first occurs in the fixture (after `after`), as a line and character. */
function positionOf(document: vscode.TextDocument, text: string, after = 0): vscode.Position {
  const offset = document.getText().indexOf(text, after);
  assert.ok(offset >= 0, `"${text}" is not in the document`);
  return document.positionAt(offset);
}

function typeAt(tokens: readonly DecodedToken[], position: vscode.Position): string | undefined {
  return tokens.find((t) => t.line === position.line && t.character === position.character)?.type;
}

async function setHighlightSetting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration('crosscheck').update(key, value, vscode.ConfigurationTarget.Global);
}

describe('highlighting', () => {
  let document: vscode.TextDocument;

  before(async () => {
    await vscode.workspace.fs.writeFile(workspaceFile(FIXTURE_PATH), new TextEncoder().encode(FIXTURE));
    await activateExtension();
    document = await vscode.workspace.openTextDocument(workspaceFile(FIXTURE_PATH));
    await vscode.window.showTextDocument(document);
  });

  after(async () => {
    await setHighlightSetting('highlight.enabled', undefined);
    await setHighlightSetting('highlight.types', undefined);
    await setHighlightSetting('highlight.style', undefined);
    await setHighlightSetting('maxFileSize', undefined);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(workspaceFile(FIXTURE_PATH));
  });

  it('opens .article files in the article language', () => {
    assert.equal(document.languageId, 'article');
  });

  it('returns semantic tokens of the contributed types at the mentions of the fixture', async () => {
    const tokens = await waitFor('semantic tokens', async () => {
      const found = await tokensOf(document);
      return found.length > 10 ? found : undefined;
    });
    const expected: Array<[string, string]> = [
      ['Portvale Harbour Authority', 'organization'],
      ['€40 million', 'figureMoney'],
      ['May 4, 2026', 'figureDate'],
      ['Ines Darrow', 'person'],
      ['Lower Wickham', 'place'],
      ['1.8 km', 'figureQuantity'],
      ['64%', 'figurePercent'],
      ['7:30 a.m.', 'figureTime'],
      ['Tomasz Brevik', 'person'],
    ];
    for (const [text, type] of expected) {
      const start = positionOf(document, text);
      const token = tokens.find((t) => t.line === start.line && t.character === start.character);
      assert.ok(token, `no token at "${text}" (${start.line}:${start.character}); tokens: ${tokens.map((t) => `${t.text}=${t.type}`).join(', ')}`);
      assert.deepEqual({ text: token.text, type: token.type, length: token.length }, { text, type, length: text.length });
    }
    // The later short form is linked to the same person.
    assert.equal(typeAt(tokens, positionOf(document, 'Darrow said')), 'person');
    // Every token lies on text, in order and without overlaps.
    for (let i = 1; i < tokens.length; i++) {
      const [a, b] = [tokens[i - 1], tokens[i]];
      assert.ok(a.line < b.line || (a.line === b.line && a.character + a.length <= b.character), `tokens overlap: ${a.text} / ${b.text}`);
    }
    assert.ok(tokens.every((t) => t.text.trim().length === t.length), 'a token covers whitespace or runs past its line');
  });

  it('answers for the current version of an edited document', async () => {
    const editor = await vscode.window.showTextDocument(document);
    const before = positionOf(document, 'Tomasz Brevik');
    await editor.edit((edit) => edit.insert(new vscode.Position(before.line, 0), 'Late update. '));
    try {
      const tokens = await tokensOf(document);
      const moved = positionOf(document, 'Tomasz Brevik');
      assert.equal(moved.character, before.character + 'Late update. '.length);
      assert.equal(typeAt(tokens, moved), 'person');
      assert.equal(typeAt(tokens, before), undefined);
    } finally {
      await vscode.commands.executeCommand('undo');
    }
    assert.equal(document.getText(), FIXTURE);
  });

  it('leaves out the types switched off in crosscheck.highlight.types', async () => {
    await setHighlightSetting('highlight.types', { person: false, money: false });
    try {
      const tokens = await waitFor('tokens without persons', async () => {
        const found = await tokensOf(document);
        return found.length > 0 && !found.some((t) => t.type === 'person') ? found : undefined;
      });
      assert.ok(!tokens.some((t) => t.type === 'figureMoney'), 'money figures are still highlighted');
      assert.equal(typeAt(tokens, positionOf(document, 'Lower Wickham')), 'place');
      assert.equal(typeAt(tokens, positionOf(document, '64%')), 'figurePercent');
    } finally {
      await setHighlightSetting('highlight.types', undefined);
    }
    await waitFor('persons highlighted again', async () => typeAt(await tokensOf(document), positionOf(document, 'Ines Darrow')) === 'person');
  });

  it('turns highlighting off and on with Crosscheck: Toggle Highlights', async () => {
    await vscode.commands.executeCommand('crosscheck.toggleHighlights');
    assert.equal(vscode.workspace.getConfiguration('crosscheck').get('highlight.enabled'), false);
    await waitFor('no tokens while highlighting is off', async () => (await tokensOf(document)).length === 0);
    await vscode.commands.executeCommand('crosscheck.toggleHighlights');
    assert.equal(vscode.workspace.getConfiguration('crosscheck').get('highlight.enabled'), true);
    await waitFor('tokens again', async () => typeAt(await tokensOf(document), positionOf(document, 'Ines Darrow')) === 'person');
  });

  it('keeps semantic tokens with every decoration style', async () => {
    for (const style of ['underline', 'tokens-only', 'background']) {
      await setHighlightSetting('highlight.style', style);
      const tokens = await tokensOf(document);
      assert.equal(typeAt(tokens, positionOf(document, 'Lower Wickham')), 'place', `style ${style}`);
    }
    await setHighlightSetting('highlight.style', undefined);
  });

  it('marks figures that other sources contradict as disputed', async () => {
    const wire = await vscode.workspace.openTextDocument(workspaceFile('meridian-wire.txt'));
    await vscode.window.showTextDocument(wire);
    const nations = positionOf(wire, '26 nations');
    const tokens = await waitFor('"26 nations" marked disputed', async () => {
      const found = await tokensOf(wire);
      return found.find((t) => t.line === nations.line && t.character === nations.character)?.modifiers.includes('disputed') ? found : undefined;
    });
    const disputed = tokens.filter((t) => t.modifiers.includes('disputed'));
    assert.ok(disputed.every((t) => t.type.startsWith('figure')), `only figures can be disputed: ${disputed.map((t) => t.text).join(', ')}`);
    const figures = tokens.filter((t) => t.type.startsWith('figure'));
    assert.ok(disputed.length < figures.length / 2, `most figures of the article agree with the others, yet ${disputed.length} of ${figures.length} are marked`);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  it('switches highlighting off for files over crosscheck.maxFileSize until asked for that file', async () => {
    await vscode.window.showTextDocument(document);
    await setHighlightSetting('maxFileSize', 200);
    try {
      await waitFor('no tokens for an oversized file', async () => (await tokensOf(document)).length === 0);
      const enabled = await vscode.commands.executeCommand<boolean>('crosscheck.highlightLargeFile', document.uri);
      assert.equal(enabled, true);
      await waitFor('tokens for the allowed file', async () => typeAt(await tokensOf(document), positionOf(document, 'Ines Darrow')) === 'person');
    } finally {
      await setHighlightSetting('maxFileSize', undefined);
    }
  });
});
