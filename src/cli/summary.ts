// The readable (non-JSON) output of `crosscheck scan`.
import type { ScanReport } from '../core/scan';
import { ENTITY_TYPES, FIGURE_TYPES } from '../core/model';

export function formatSummary(report: ScanReport): string {
  const lines: string[] = [];
  for (const source of report.sources) {
    lines.push(`${source.file} — ${source.title}`);
    const counts = new Map<string, number>();
    for (const mention of source.mentions) counts.set(mention.type, (counts.get(mention.type) ?? 0) + 1);
    const entityCounts = ENTITY_TYPES.filter((t) => counts.has(t)).map((t) => `${counts.get(t)} ${t}`);
    const figureCounts = FIGURE_TYPES.filter((t) => counts.has(t)).map((t) => `${counts.get(t)} ${t}`);
    lines.push(`  entities: ${entityCounts.join(', ') || 'none'}`);
    lines.push(`  figures:  ${figureCounts.join(', ') || 'none'}`);
  }
  if (report.entities.length > 0) {
    lines.push('', `Entities (${report.entities.length}):`);
    for (const entity of report.entities.slice(0, 40)) {
      const aliases = entity.aliases.length ? ` (also ${entity.aliases.join(', ')})` : '';
      lines.push(`  ${entity.name} [${entity.type}]${aliases}: ${entity.mentions} mentions in ${entity.sources} source(s)`);
    }
    if (report.entities.length > 40) lines.push(`  … and ${report.entities.length - 40} more (use --json for all)`);
  }
  const disagreements = report.comparisons.filter((comparison) => !comparison.agree);
  if (disagreements.length > 0) {
    lines.push('', `Figures that differ between sources (${disagreements.length}):`);
    for (const comparison of disagreements) {
      lines.push(`  ${comparison.subject}: ${comparison.mentions.map((m) => `"${m.text}" (${m.file})`).join(' vs ')}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
