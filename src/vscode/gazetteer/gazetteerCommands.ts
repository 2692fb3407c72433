// "Crosscheck: Mark as Entity…" and "Crosscheck: Not an Entity" on the selection: they add to the
// team gazetteer. The prompts can be skipped by passing their answers, e.g.
// executeCommand('crosscheck.markAsEntity', { type: 'person', name: 'Mara Quell' }).
import * as vscode from 'vscode';
import { ENTITY_TYPES, isEntityType, type EntityType } from '../../core/model';
import { addGazetteerEntity, addGazetteerIgnore, suggestEntityId } from '../../core/recognition';
import { toSpan } from '../convert';
import type { Services } from '../services';
import { GAZETTEER_PATH, type GazetteerEditOutcome, type TeamGazetteerFile } from './teamGazetteerFile';

export interface MarkAsEntityArgs {
  readonly type?: EntityType;
  /** Canonical name; the selected text becomes an alias when it differs. */
  readonly name?: string;
  readonly id?: string;
  readonly aliases?: readonly string[];
  /** Text to mark instead of the editor selection. */
  readonly text?: string;
}

export interface NotAnEntityArgs {
  /** Text to ignore instead of the editor selection. */
  readonly text?: string;
}

const TYPE_ITEMS: Readonly<Record<EntityType, { icon: string; detail: string }>> = {
  person: { icon: 'person', detail: 'A person' },
  organization: { icon: 'organization', detail: 'A company, party, agency, institution or team' },
  place: { icon: 'location', detail: 'A country, city, region, river or building' },
  misc: { icon: 'symbol-misc', detail: 'Another named thing: an event, a law, a treaty, a nationality' },
};

export function registerGazetteerCommands(services: Services, file: TeamGazetteerFile): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand('crosscheck.markAsEntity', (args?: MarkAsEntityArgs) => markAsEntity(services, file, args ?? {})),
    vscode.commands.registerCommand('crosscheck.notAnEntity', (args?: NotAnEntityArgs) => notAnEntity(services, file, args ?? {})),
  ];
}

async function markAsEntity(services: Services, file: TeamGazetteerFile, args: MarkAsEntityArgs): Promise<GazetteerEditOutcome | undefined> {
  if (!trusted()) return undefined;
  const target = targetText(services, args.text);
  if (!target && !args.name) {
    void vscode.window.showWarningMessage('Crosscheck: select the name to mark as an entity first.');
    return undefined;
  }
  if (args.type !== undefined && !isEntityType(args.type)) {
    void vscode.window.showErrorMessage(`Crosscheck: "${String(args.type)}" is not an entity type (${ENTITY_TYPES.join(', ')}).`);
    return undefined;
  }
  const type = args.type ?? (await pickType(target?.recognised?.type));
  if (!type) return undefined;
  const name = args.name?.trim() || (await askName(target?.recognised?.name ?? target?.text ?? '', type));
  if (!name) return undefined;
  const selected = target?.text;
  const aliases = [...(args.aliases ?? []), ...(selected && selected !== name ? [selected] : [])];
  const outcome = await file.edit((text) => addGazetteerEntity(text, { name, type, id: args.id?.trim() || suggestEntityId(name), aliases }));
  report(outcome, `"${name}" is a ${type}`);
  return outcome;
}

async function notAnEntity(services: Services, file: TeamGazetteerFile, args: NotAnEntityArgs): Promise<GazetteerEditOutcome | undefined> {
  if (!trusted()) return undefined;
  const target = targetText(services, args.text);
  if (!target) {
    void vscode.window.showWarningMessage('Crosscheck: select the text that is not an entity first.');
    return undefined;
  }
  const outcome = await file.edit((text) => addGazetteerIgnore(text, target.text));
  report(outcome, `"${target.text}" is never an entity`);
  return outcome;
}

function trusted(): boolean {
  if (vscode.workspace.isTrusted) return true;
  void vscode.window.showWarningMessage(`Crosscheck does not write ${GAZETTEER_PATH} in an untrusted workspace.`);
  return false;
}

interface TargetText {
  readonly text: string;
  /** What the recogniser currently makes of it, to preselect the type and prefill the name. */
  readonly recognised?: { readonly type: EntityType; readonly name: string };
}

/** The selected text, or with an empty selection the mention (or word) under the cursor. */
function targetText(services: Services, given: string | undefined): TargetText | undefined {
  const editor = vscode.window.activeTextEditor;
  const document = editor?.document;
  const { workspace } = services;
  const mentions = document && workspace.isSource(document.uri) ? workspace.mentionsFor(document) : [];
  let span = editor && !editor.selection.isEmpty ? toSpan(editor.document, editor.selection) : undefined;
  if (editor && !span && given === undefined) {
    const offset = editor.document.offsetAt(editor.selection.active);
    const under = mentions.find((m) => m.start <= offset && offset < m.end);
    const word = editor.document.getWordRangeAtPosition(editor.selection.active);
    span = under ?? (word ? toSpan(editor.document, word) : undefined);
  }
  const raw = given ?? (document && span ? document.getText().slice(span.start, span.end) : '');
  const text = raw.replace(/\s+/g, ' ').trim();
  if (!text) return undefined;
  const overlapping = span && given === undefined ? mentions.find((m) => m.kind === 'entity' && m.start < span.end && span.start < m.end) : undefined;
  if (overlapping?.kind !== 'entity') return { text };
  const record = workspace.recognizer.entity(overlapping.entity);
  return { text, recognised: { type: overlapping.type, name: record?.name ?? overlapping.text } };
}

async function pickType(current: EntityType | undefined): Promise<EntityType | undefined> {
  const items = ENTITY_TYPES.map((type) => ({
    label: `$(${TYPE_ITEMS[type].icon}) ${type}`,
    description: type === current ? 'recognised now' : undefined,
    detail: TYPE_ITEMS[type].detail,
    type,
  }));
  const quickPick = vscode.window.createQuickPick<(typeof items)[number]>();
  quickPick.title = 'Crosscheck: Mark as Entity';
  quickPick.placeholder = 'What kind of entity is it?';
  quickPick.items = items;
  quickPick.activeItems = items.filter((item) => item.type === (current ?? 'person'));
  const picked = await new Promise<EntityType | undefined>((resolve) => {
    quickPick.onDidAccept(() => resolve(quickPick.selectedItems[0]?.type ?? quickPick.activeItems[0]?.type));
    quickPick.onDidHide(() => resolve(undefined));
    quickPick.show();
  });
  quickPick.dispose();
  return picked;
}

function askName(prefill: string, type: EntityType): Thenable<string | undefined> {
  return vscode.window.showInputBox({
    title: 'Crosscheck: Mark as Entity',
    prompt: `Full name of the ${type}; the selected text is kept as an alias when it differs`,
    value: prefill,
    validateInput: (value) => (value.trim() ? { message: `Id: ${suggestEntityId(value.trim())}`, severity: vscode.InputBoxValidationSeverity.Info } : 'Enter a name'),
  }).then((value) => value?.trim() || undefined);
}

function report(outcome: GazetteerEditOutcome, what: string): void {
  if (!outcome.ok) void vscode.window.showErrorMessage(`Crosscheck: ${outcome.message}`);
  else if (!outcome.changed) vscode.window.setStatusBarMessage(`$(check) Crosscheck: ${GAZETTEER_PATH} already says ${what}.`, 4000);
  else vscode.window.setStatusBarMessage(`$(check) Crosscheck: ${what} (saved to ${GAZETTEER_PATH}).`, 4000);
}
