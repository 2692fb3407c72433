// One-shot analysis of a set of articles, as `crosscheck scan` reports it.
import { recognizeWorkspace, type TeamGazetteer } from './recognition';
import { CrossReferenceIndex } from './crossref';
import { buildScanReport, type ScanReport } from './report/scanReport';

export type { ScanReport } from './report/scanReport';

export interface ScanInput {
  /** Path as reported in the output. */
  readonly file: string;
  readonly text: string;
}

export function scanWorkspace(inputs: readonly ScanInput[], options: { gazetteer?: TeamGazetteer } = {}): ScanReport {
  const recognition = recognizeWorkspace(inputs.map((input) => ({ id: input.file, text: input.text })), options);
  const index = new CrossReferenceIndex({ entityLookup: (id) => recognition.entity(id) });
  for (const input of inputs) index.upsert({ id: input.file, text: input.text, mentions: recognition.mentions(input.file) });
  const sources = inputs.map((input) => {
    const info = index.source(input.file);
    return {
      file: input.file,
      title: info?.title ?? input.file,
      outlet: info?.outlet,
      date: info?.date,
      mentions: recognition.mentions(input.file),
    };
  });
  return buildScanReport(sources, recognition.entities(), index.comparisons());
}
