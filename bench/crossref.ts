// Cross-reference benchmark: index build for 1,000 and 10,000 synthetic sources, heap, one edit of a
// 20 KB source, hover card latency (p50/p95), the diagnostics work after one edit and the CLI
// comparison groups.
// Run: node --expose-gc -e "require('./out/bench/crossref.js').run()"

import { performance } from 'node:perf_hooks';
import { CrossReferenceIndex, commandLinks, renderEntityCard, renderFigureCard } from '../src/core/crossref';
import type { EntityMention, FigureMention, Mention, SourceText } from '../src/core/model';
import { generateLargeSource, generateSources, seededRandom, type SyntheticSource } from '../test/unit/crossref/fixtures/syntheticCorpus';

interface Recognizer {
  readonly name: string;
  recognize(sources: readonly SyntheticSource[]): Array<{ id: string; text: string; mentions: readonly Mention[] }>;
}

/** The real recogniser when src/core/recognition can be loaded, else undefined. */
async function loadRealRecognizer(): Promise<Recognizer | undefined> {
  try {
    const modulePath = '../src/core/recognition/index.js';
    const recognition = (await import(modulePath)) as {
      recognizeWorkspace?: (sources: SourceText[]) => { mentions(id: string): Mention[] };
    };
    if (typeof recognition.recognizeWorkspace !== 'function') return undefined;
    const recognizeWorkspace = recognition.recognizeWorkspace;
    return {
      name: 'real recogniser (recognizeWorkspace)',
      recognize(sources) {
        const result = recognizeWorkspace(sources.map(({ id, text }) => ({ id, text })));
        return sources.map(({ id, text }) => ({ id, text, mentions: result.mentions(id) }));
      },
    };
  } catch {
    return undefined;
  }
}

const templateRecognizer: Recognizer = {
  name: 'template mentions (recorded while generating)',
  recognize: (sources) => [...sources],
};

function gc(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

function heapMb(): number {
  gc();
  return process.memoryUsage().heapUsed / 1048576;
}

function seconds(time: { wall: number; cpu: number }): string {
  return `${(time.wall / 1000).toFixed(2)} s wall, ${(time.cpu / 1000).toFixed(2)} s CPU`;
}

function percentile(samples: number[], p: number): number {
  if (!samples.length) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

function ms(value: number): string {
  if (Number.isNaN(value)) return 'n/a';
  return value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2);
}

interface Row {
  measure: string;
  value: string;
  target?: string;
}

function buildIndex(inputs: ReadonlyArray<{ id: string; text: string; mentions: readonly Mention[] }>): { index: CrossReferenceIndex; time: { wall: number; cpu: number } } {
  const index = new CrossReferenceIndex();
  const time = timed(() => {
    for (const input of inputs) index.upsert(input);
  });
  return { index, time };
}

/** Wall-clock and CPU milliseconds of `fn` (CPU time is what to trust on a busy shared machine). */
function timed(fn: () => void): { wall: number; cpu: number } {
  const cpu = process.cpuUsage();
  const started = performance.now();
  fn();
  const wall = performance.now() - started;
  const used = process.cpuUsage(cpu);
  return { wall, cpu: (used.user + used.system) / 1000 };
}

function summary(samples: Array<{ wall: number; cpu: number }>): string {
  const wall = samples.map((s) => s.wall);
  const cpu = samples.map((s) => s.cpu);
  return `${ms(percentile(wall, 50))} / ${ms(percentile(wall, 95))} ms wall, ${ms(percentile(cpu, 50))} / ${ms(percentile(cpu, 95))} ms CPU`;
}

function hoverLatencies(index: CrossReferenceIndex, sources: readonly SyntheticSource[], samples: number, filter: (m: Mention) => boolean, seed: number) {
  const random = seededRandom(seed);
  const links = commandLinks();
  const times: Array<{ wall: number; cpu: number }> = [];
  for (let i = 0; i < samples; i++) {
    const source = sources[Math.floor(random() * sources.length)];
    const candidates = index.mentions(source.id).filter(filter);
    if (!candidates.length) continue;
    const mention = candidates[Math.floor(random() * candidates.length)];
    times.push(timed(() => {
      const found = index.mentionAt(source.id, mention.start);
      if (found?.kind === 'entity') renderEntityCard(index.entityCard(source.id, found, 5), links);
      else if (found?.kind === 'figure') renderFigureCard(index.figureCard(source.id, found), links);
    }));
  }
  return { text: summary(times), count: times.length };
}

const MEASURE_WIDTH = 66;

/** Rows print as they are measured, so a long run shows progress. */
function table(): Row[] {
  const rows: Row[] = [];
  const push = rows.push.bind(rows);
  rows.push = (...added: Row[]) => {
    for (const row of added) console.log(`  ${row.measure.padEnd(MEASURE_WIDTH)}  ${row.value}${row.target ? `   [target ${row.target}]` : ''}`);
    return push(...added);
  };
  return rows;
}

export async function run(): Promise<void> {
  console.log('\nCross-reference benchmark (src/core/crossref)');
  const rows = table();
  const real = await loadRealRecognizer();
  const baseline = heapMb();

  for (const count of [1000, 10000]) {
    const generated = performance.now();
    const sources = generateSources(count);
    const generateSeconds = (performance.now() - generated) / 1000;
    const bytes = sources.reduce((sum, s) => sum + s.text.length, 0);
    rows.push({ measure: `${count} sources: corpus`, value: `${(bytes / 1048576).toFixed(1)} MB text, ${sources.reduce((n, s) => n + s.mentions.length, 0)} mentions, generated in ${generateSeconds.toFixed(2)} s` });

    let recognized: Array<{ id: string; text: string; mentions: readonly Mention[] }> = sources;
    let mentionsFrom = templateRecognizer.name;
    if (real) {
      try {
        const time = timed(() => {
          recognized = real.recognize(sources);
        });
        mentionsFrom = real.name;
        rows.push({ measure: `${count} sources: recognition`, value: `${seconds(time)} (${real.name})` });
      } catch (error) {
        rows.push({ measure: `${count} sources: recognition`, value: `real recogniser failed (${String(error).slice(0, 80)}); using template mentions` });
      }
    }

    const before = heapMb();
    const { index, time } = buildIndex(recognized);
    rows.push({ measure: `${count} sources: index build (index only; mentions: ${mentionsFrom.replace(/ \(.*/, '')})`, value: seconds(time), target: count === 10000 ? '≤ 10 s incl. recognition' : undefined });
    rows.push({ measure: `${count} sources: heap used by the index`, value: `${(heapMb() - before).toFixed(0)} MB (process heap ${heapMb().toFixed(0)} MB${(globalThis as { gc?: unknown }).gc ? ', after gc' : ', no --expose-gc'})` });

    const entity = hoverLatencies(index, sources, 400, (m) => m.kind === 'entity', 1);
    rows.push({ measure: `${count} sources: entity card p50 / p95 (${entity.count} hovers)`, value: entity.text, target: 'p95 ≤ 5 ms' });
    const shared = hoverLatencies(index, sources, 100, (m) => m.kind === 'entity' && (m as EntityMention).entity === 'norland', 2);
    rows.push({ measure: `${count} sources: entity card, entity in every source (${shared.count})`, value: shared.text });
    const figure = hoverLatencies(index, sources, 400, (m) => m.kind === 'figure', 3);
    rows.push({ measure: `${count} sources: figure card p50 / p95 (${figure.count} hovers)`, value: figure.text, target: 'p95 ≤ 5 ms' });

    // One edit of a 20 KB source inside the full index.
    const large = generateLargeSource('edited/large.txt', 20000);
    index.upsert(large);
    const edits: Array<{ wall: number; cpu: number }> = [];
    for (let i = 0; i < 60; i++) {
      const figureMention = large.mentions.find((m): m is FigureMention => m.kind === 'figure' && m.type === 'number')!;
      const replacement = String((figureMention.value as number) + (i % 2) + 1).padStart(String(figureMention.value).length, '0');
      const digits = String(figureMention.value);
      const text = large.text.slice(0, figureMention.start) + replacement + large.text.slice(figureMention.start + digits.length);
      const mentions = large.mentions.map((m) => (m === figureMention ? { ...m, value: Number(replacement), text: text.slice(m.start, m.end) } : m));
      edits.push(timed(() => index.upsert({ id: large.id, text, mentions })));
    }
    rows.push({ measure: `${count} sources: upsert after one edit of a ${(large.text.length / 1024).toFixed(0)} KB source, p50 / p95`, value: summary(edits), target: '≤ 5 ms' });

    const searches = ['norland', 'river aliance', 'elena', 'harbour trust', 'xyz'].map((query) => timed(() => index.searchEntities(query, 10)));
    rows.push({ measure: `${count} sources: searchEntities, first call (builds fuse index)`, value: `${ms(searches[0].wall)} ms wall, ${ms(searches[0].cpu)} ms CPU` });
    rows.push({ measure: `${count} sources: searchEntities, later calls p50`, value: summary(searches.slice(1)).replace(/ \/ [^,]* ms wall/, ' ms wall').replace(/ \/ [^,]* ms CPU$/, ' ms CPU') });

    if (count <= 1000) {
      // Diagnostics after one edit: every source's disagreements (what the adapter did) against the
      // edited source and the sources linked to it by comparable figures (what it does now).
      const edited = sources[Math.floor(count / 2)];
      const all = timed(() => {
        for (const source of sources) index.disagreements(source.id);
      });
      let linked: string[] = [];
      const targeted = timed(() => {
        linked = index.figureLinks(edited.id).linkedSources;
        for (const id of linked) index.figureLinks(id);
      });
      rows.push({ measure: `${count} sources: disagreements of every source (after each change, before)`, value: seconds(all) });
      rows.push({ measure: `${count} sources: edited source + its ${linked.length} linked sources (after each change, now)`, value: `${ms(targeted.wall)} ms wall, ${ms(targeted.cpu)} ms CPU` });

      let groups: ReturnType<CrossReferenceIndex['comparisons']> = [];
      const time = timed(() => {
        groups = index.comparisons();
      });
      rows.push({ measure: `${count} sources: comparisons() for the CLI`, value: `${seconds(time)}, ${groups.length} groups, ${groups.filter((g) => !g.agree).length} disagreeing` });
    }
  }
  rows.push({ measure: 'baseline heap before building', value: `${baseline.toFixed(0)} MB` });
}
