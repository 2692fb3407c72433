// Highlighting benchmark: the recognition work the semantic tokens provider does on the extension
// host after an edit of a 20 KB article (WorkspaceRecognizer.upsert + mentions + token encoding,
// p50/p95 over many single-character edits, with the sample workspace loaded as the other sources),
// and the time to first highlight when a 1 MB article is opened. Also reports the rest of the work
// the host does for the same edit (cross-reference index update, disputed figures) for context.
// Run: node -e "require('./out/bench/highlight.js').run()"

import * as fs from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { CrossReferenceIndex } from '../src/core/crossref';
import { MENTION_TYPES, type MentionType } from '../src/core/model';
import { WorkspaceRecognizer } from '../src/core/recognition';
import { encodeSemanticTokens } from '../src/vscode/highlight/encodeTokens';

const EDIT_ARTICLE_SIZE = 20_000;
const BIG_ARTICLE_SIZE = 1_000_000;
const WARM_UP_EDITS = 10;
const TIMED_EDITS = 100;
const BIG_ROUNDS = 2;
const ALL_TYPES = Object.fromEntries(MENTION_TYPES.map((type) => [type, true])) as Record<MentionType, boolean>;

function samples(): Array<{ id: string; text: string }> {
  const directory = path.join(__dirname, '..', '..', 'samples');
  return fs.readdirSync(directory).sort().map((file) => ({ id: file, text: fs.readFileSync(path.join(directory, file), 'utf8') }));
}

/** An article of about `size` characters: the samples' paragraphs, interleaved, repeated as needed. */
function articleOf(sources: ReadonlyArray<{ text: string }>, size: number): string {
  const paragraphs = sources.map(({ text }) => text.split(/\n\s*\n/).filter((p) => p.trim()));
  const out: string[] = [];
  let length = 0;
  for (let i = 0; length < size; i++) {
    const from = paragraphs[i % paragraphs.length];
    const paragraph = from[Math.floor(i / paragraphs.length) % from.length];
    out.push(paragraph);
    length += paragraph.length + 2;
  }
  return out.join('\n\n');
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
}

const ms = (value: number) => `${value.toFixed(1)} ms`;

export async function run(): Promise<void> {
  const others = samples();
  let started = performance.now();
  const recognizer = new WorkspaceRecognizer();
  const lexiconMs = performance.now() - started;
  const index = new CrossReferenceIndex({ entityLookup: (id) => recognizer.entity(id) });
  for (const source of others) recognizer.upsert(source);
  for (const source of others) index.upsert({ ...source, mentions: recognizer.mentions(source.id) });

  // ---- one edit of a 20 KB article -----------------------------------------------------------
  let article = articleOf(others, EDIT_ARTICLE_SIZE);
  recognizer.upsert({ id: 'article', text: article });
  index.upsert({ id: 'article', text: article, mentions: recognizer.mentions('article') });
  const total: number[] = [];
  const upsert: number[] = [];
  const mentions: number[] = [];
  const encode: number[] = [];
  const indexUpdate: number[] = [];
  const disputes: number[] = [];
  const cpu: number[] = [];
  let tokenCount = 0;
  for (let edit = 0; edit < WARM_UP_EDITS + TIMED_EDITS; edit++) {
    // Type one character somewhere in the article (a deterministic spread of positions).
    const at = Math.floor(((edit * 7919) % 997) / 997 * article.length);
    article = `${article.slice(0, at)}${'abcdefghij'[edit % 10]}${article.slice(at)}`;
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    recognizer.upsert({ id: 'article', text: article });
    const t1 = performance.now();
    const found = recognizer.mentions('article');
    const t2 = performance.now();
    const data = encodeSemanticTokens(article, found, { shown: ALL_TYPES });
    const t3 = performance.now();
    const cpuMs = process.cpuUsage(cpu0).user / 1000;
    index.upsert({ id: 'article', text: article, mentions: found });
    const t4 = performance.now();
    index.disagreements('article');
    const t5 = performance.now();
    if (edit < WARM_UP_EDITS) continue;
    tokenCount = data.length / 5;
    upsert.push(t1 - t0);
    mentions.push(t2 - t1);
    encode.push(t3 - t2);
    total.push(t3 - t0);
    cpu.push(cpuMs);
    indexUpdate.push(t4 - t3);
    disputes.push(t5 - t4);
  }

  // ---- first highlight of a 1 MB article -----------------------------------------------------
  const big = articleOf(others, BIG_ARTICLE_SIZE);
  const first: Array<{ upsert: number; mentions: number; encode: number; index: number; disputes: number; tokens: number }> = [];
  for (let round = 0; round < BIG_ROUNDS; round++) {
    const id = `big-${round}`;
    started = performance.now();
    recognizer.upsert({ id, text: big });
    const t1 = performance.now();
    const found = recognizer.mentions(id);
    const t2 = performance.now();
    const data = encodeSemanticTokens(big, found, { shown: ALL_TYPES });
    const t3 = performance.now();
    index.upsert({ id, text: big, mentions: found });
    const t4 = performance.now();
    index.disagreements(id);
    const t5 = performance.now();
    first.push({ upsert: t1 - started, mentions: t2 - t1, encode: t3 - t2, index: t4 - t3, disputes: t5 - t4, tokens: data.length / 5 });
    recognizer.remove(id);
    index.remove(id);
  }
  const best = first.reduce((a, b) => (a.upsert + a.mentions + a.encode <= b.upsert + b.mentions + b.encode ? a : b));

  console.log(`Highlighting: ${(article.length / 1000).toFixed(0)} KB article (${tokenCount} tokens), ${TIMED_EDITS} one-character edits after ${WARM_UP_EDITS} warm-up, ${others.length} other sources loaded`);
  console.table([
    { measure: 'edit → tokens: upsert + mentions + encode, p50', value: ms(percentile(total, 0.5)), target: '' },
    { measure: 'edit → tokens: upsert + mentions + encode, p95', value: ms(percentile(total, 0.95)), target: '<= 5 ms' },
    { measure: 'edit → tokens, CPU time (less sensitive to a busy machine) p50 / p95', value: `${ms(percentile(cpu, 0.5))} / ${ms(percentile(cpu, 0.95))}`, target: '' },
    { measure: '  WorkspaceRecognizer.upsert p50 / p95', value: `${ms(percentile(upsert, 0.5))} / ${ms(percentile(upsert, 0.95))}`, target: '' },
    { measure: '  mentions p50 / p95', value: `${ms(percentile(mentions, 0.5))} / ${ms(percentile(mentions, 0.95))}`, target: '' },
    { measure: '  token encoding p50 / p95', value: `${ms(percentile(encode, 0.5))} / ${ms(percentile(encode, 0.95))}`, target: '' },
    { measure: 'also per edit: cross-reference index upsert p50 / p95', value: `${ms(percentile(indexUpdate, 0.5))} / ${ms(percentile(indexUpdate, 0.95))}`, target: '' },
    { measure: 'also per edit: disputed figures (disagreements) p50 / p95', value: `${ms(percentile(disputes, 0.5))} / ${ms(percentile(disputes, 0.95))}`, target: '' },
  ]);
  console.log(`Time to first highlight: ${(big.length / 1e6).toFixed(1)} MB article (${best.tokens} tokens), best of ${BIG_ROUNDS}`);
  console.table([
    { measure: 'upsert + mentions + encode (first tokens)', value: ms(best.upsert + best.mentions + best.encode) },
    { measure: '  WorkspaceRecognizer.upsert', value: ms(best.upsert) },
    { measure: '  mentions', value: ms(best.mentions) },
    { measure: '  token encoding', value: ms(best.encode) },
    { measure: 'then: cross-reference index upsert', value: ms(best.index) },
    { measure: 'then: disputed figures (disagreements, after 300 ms idle)', value: ms(best.disputes) },
    { measure: 'once per window: WorkspaceRecognizer constructor (lexicon)', value: ms(lexiconMs) },
  ]);
}
