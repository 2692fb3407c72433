// Loads a labelled set from eval/<set>/, runs a recogniser over it and prints the score tables.
// Kept apart from eval.ts so it can be driven by any recogniser (tests use a fake one).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ENTITY_TYPES, FIGURE_TYPES, type MentionType, type SourceText, isEntityType } from '../src/core/model';
import { type GoldMention, parseAnnotated } from './eval-data';
import { type EvalScores, type PredictedMention, type Prf, diffMentions, scoreMentions } from './eval-score';

export type EvalSetName = 'dev' | 'test';

export interface RecognizedWorkspace {
  mentions(sourceId: string): readonly PredictedMention[];
}

export type Recognizer = (sources: SourceText[]) => RecognizedWorkspace | Promise<RecognizedWorkspace>;

export interface LabelledSet {
  readonly sources: readonly SourceText[];
  readonly gold: ReadonlyMap<string, readonly GoldMention[]>;
  /** "file:line:column: message" for every malformed label (those labels are skipped). */
  readonly problems: readonly string[];
}

const LABELLED_SUFFIX = '.ann';

/**
 * Reads every `*.ann` file of a folder. The source id is the file name without ".ann"
 * ("wire-storm.txt.ann" → "wire-storm.txt"), so a recogniser sees the article's own extension.
 */
export function loadLabelledSet(directory: string): LabelledSet {
  const files = fs.readdirSync(directory).filter((name) => name.endsWith(LABELLED_SUFFIX)).sort();
  const sources: SourceText[] = [];
  const gold = new Map<string, readonly GoldMention[]>();
  const problems: string[] = [];
  for (const file of files) {
    const parsed = parseAnnotated(fs.readFileSync(path.join(directory, file), 'utf8'));
    const id = file.slice(0, -LABELLED_SUFFIX.length);
    sources.push({ id, text: parsed.text });
    gold.set(id, parsed.gold);
    for (const p of parsed.problems) problems.push(`${file}:${p.line + 1}:${p.column + 1}: ${p.message}`);
  }
  return { sources, gold, problems };
}

/** Finds eval/<set> by walking up from this file (works from bench/ and from out/bench/). */
export function findSetDirectory(set: EvalSetName, from: string = __dirname): string | undefined {
  let dir = path.resolve(from);
  for (;;) {
    const candidate = path.join(dir, 'eval', set);
    if (fs.existsSync(candidate) && fs.statSync(candidate).isDirectory()) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

export interface SetEvaluation {
  readonly scores: EvalScores;
  readonly predicted: ReadonlyMap<string, readonly PredictedMention[]>;
  readonly predictedCount: number;
  readonly milliseconds: number;
}

export async function evaluateSet(set: LabelledSet, recognize: Recognizer): Promise<SetEvaluation> {
  const started = performance.now();
  const predicted = new Map<string, readonly PredictedMention[]>();
  try {
    const workspace = await recognize([...set.sources]);
    for (const source of set.sources) predicted.set(source.id, workspace.mentions(source.id));
  } catch (error) {
    // Say which stage failed; the stack stays attached for whoever fixes the recogniser.
    if (error instanceof Error) error.message = `eval: the recogniser failed: ${error.message}`;
    throw error;
  }
  const milliseconds = performance.now() - started;
  let predictedCount = 0;
  for (const mentions of predicted.values()) predictedCount += mentions.length;
  return { scores: scoreMentions(set.gold, predicted), predicted, predictedCount, milliseconds };
}

export interface EvaluationOptions {
  /** Folder of .ann files; default: eval/<set> found above this file. */
  readonly directory?: string;
  /** Also list every missed, spurious, mistyped and mis-bounded mention per article. */
  readonly errors?: boolean;
}

/** Loads, scores and prints one set; a missing or empty set is reported, not thrown. */
export async function runEvaluation(setName: EvalSetName, recognize: Recognizer, options: EvaluationOptions = {}): Promise<void> {
  const dir = options.directory ?? findSetDirectory(setName);
  if (dir === undefined) {
    console.log(`eval: no folder eval/${setName} found above ${__dirname}.`);
    return;
  }
  const set = loadLabelledSet(dir);
  if (set.sources.length === 0) {
    console.log(`eval: no ${LABELLED_SUFFIX} files in ${dir}.`);
    return;
  }
  for (const problem of set.problems) console.log(`label problem: ${problem}`);
  const result = await evaluateSet(set, recognize);
  console.log(formatReport(setName, set, result));
  if (options.errors) console.log(formatErrors(set, result.predicted));
}

/** Per article: what was missed, invented, mistyped or cut at the wrong boundary. */
export function formatErrors(set: LabelledSet, predicted: ReadonlyMap<string, readonly PredictedMention[]>): string {
  const lines: string[] = [];
  for (const source of set.sources) {
    const diff = diffMentions(set.gold.get(source.id) ?? [], predicted.get(source.id) ?? []);
    const quote = (m: { start: number; end: number; type: string }) => `${m.type} "${source.text.slice(m.start, m.end)}"@${m.start}`;
    lines.push('', `== ${source.id}: ${diff.correct} exact, ${diff.boundary.length} boundary, ${diff.wrongType.length} wrong type, `
      + `${diff.missed.length} missed, ${diff.spurious.length} spurious`);
    for (const [g, p] of diff.boundary) lines.push(`  boundary  gold ${quote(g)}  predicted ${quote(p)}`);
    for (const [g, p] of diff.wrongType) lines.push(`  type      gold ${quote(g)}  predicted ${quote(p)}`);
    for (const g of diff.missed) lines.push(`  missed    ${quote(g)}`);
    for (const p of diff.spurious) lines.push(`  spurious  ${quote(p)}`);
  }
  return lines.join('\n');
}

export function formatReport(
  setName: string,
  set: LabelledSet,
  result: Pick<SetEvaluation, 'scores' | 'predictedCount' | 'milliseconds'>,
): string {
  const allGold = [...set.gold.values()].flat();
  const goldEntities = allGold.filter((m) => isEntityType(m.type)).length;
  const { scores } = result;
  const lines: string[] = [];
  lines.push(`Recognition on eval/${setName}: ${set.sources.length} articles, ${allGold.length} gold mentions `
    + `(${goldEntities} entities, ${allGold.length - goldEntities} figures), ${result.predictedCount} predicted, `
    + `recognised in ${result.milliseconds.toFixed(0)} ms`);
  lines.push('');
  const header = ['type', 'gold', 'exact P', 'exact R', 'exact F1', 'overlap P', 'overlap R', 'overlap F1'];
  const rows: string[][] = [];
  const goldOf = (types: readonly MentionType[]) => allGold.filter((m) => types.includes(m.type)).length;
  const row = (label: string, gold: number, exact: Prf, overlap: Prf) => [
    label, String(gold), pct(exact.precision), pct(exact.recall), pct(exact.f1),
    pct(overlap.precision), pct(overlap.recall), pct(overlap.f1),
  ];
  for (const type of ENTITY_TYPES) rows.push(row(type, goldOf([type]), scores.byType[type].exact, scores.byType[type].overlap));
  rows.push(row('ENTITIES (micro)', goldEntities, scores.entities.exact, scores.entities.overlap));
  rows.push(row('entities untyped', goldEntities, scores.entitiesUntyped.exact, scores.entitiesUntyped.overlap));
  for (const type of FIGURE_TYPES) rows.push(row(type, goldOf([type]), scores.byType[type].exact, scores.byType[type].overlap));
  rows.push(row('FIGURES (micro)', allGold.length - goldEntities, scores.figures.exact, scores.figures.overlap));
  lines.push(...formatTable(header, rows));
  lines.push('');

  const valueRows = FIGURE_TYPES.map((type) => {
    const v = scores.valuesByType[type];
    return [type, String(v.compared), String(v.equal), v.compared === 0 ? '-' : pct(v.equal / v.compared)];
  });
  lines.push('Figure values (gold figures with a value, matched by overlap and type):');
  lines.push(...formatTable(['type', 'compared', 'equal', 'accuracy'], valueRows));
  lines.push('');

  const { linking } = scores;
  lines.push(`Entity linking, pairwise over ${linking.matchedMentions} gold entity mentions matched by overlap:`);
  const linkRow = (label: string, s: Prf) => [label, String(s.truePositives + s.falseNegatives), String(s.truePositives + s.falsePositives), pct(s.precision), pct(s.recall), pct(s.f1)];
  lines.push(...formatTable(['pairs', 'gold-linked', 'predicted-linked', 'P', 'R', 'F1'], [
    linkRow('all pairs', linking.allPairs),
    linkRow('cross-source', linking.crossSourcePairs),
  ]));
  return lines.join('\n');
}

function pct(x: number): string {
  return (100 * x).toFixed(1);
}

function formatTable(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const render = (cells: readonly string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [render(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(render)];
}
