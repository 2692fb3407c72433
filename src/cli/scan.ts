// `crosscheck scan`: read files, run the core, print JSON or a readable summary.
import { NodeFileStore } from './nodeFileStore';
import { collectFiles } from './collectFiles';
import { formatSummary } from './summary';
import { decodeArticle } from '../core/sources/decode';
import { compileSourcePatterns, DEFAULT_SOURCE_PATTERNS } from '../core/sources/globs';
import { scanWorkspace, type ScanInput } from '../core/scan';
import { loadCliGazetteer } from './gazetteer';

interface ScanArguments {
  json: boolean;
  gazetteer?: string;
  paths: string[];
}

function parseArguments(args: readonly string[]): ScanArguments | string {
  const parsed: ScanArguments = { json: false, paths: [] };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--json') parsed.json = true;
    else if (arg === '--gazetteer') {
      const value = args[++i];
      if (!value) return '--gazetteer needs a file';
      parsed.gazetteer = value;
    } else if (arg.startsWith('--gazetteer=')) parsed.gazetteer = arg.slice('--gazetteer='.length);
    else if (arg.startsWith('-') && arg !== '-') return `unknown option '${arg}'`;
    else parsed.paths.push(arg);
  }
  if (parsed.paths.length === 0) return 'scan needs at least one file or folder';
  return parsed;
}

export async function runScan(args: readonly string[], usage: string): Promise<number> {
  const parsed = parseArguments(args);
  if (typeof parsed === 'string') {
    process.stderr.write(`crosscheck scan: ${parsed}\n\n${usage}\n`);
    return 2;
  }
  const store = new NodeFileStore();
  const gazetteer = await loadCliGazetteer(store, parsed.gazetteer, parsed.paths);
  // Gazetteer problems are reported; its valid entries are still used.
  for (const line of gazetteer.messages) process.stderr.write(`crosscheck: ${line}\n`);
  const { files, problems } = await collectFiles(parsed.paths, compileSourcePatterns(DEFAULT_SOURCE_PATTERNS));
  const inputs: ScanInput[] = [];
  for (const file of files) {
    let bytes: Uint8Array;
    try {
      bytes = await store.readFile(file);
    } catch (error) {
      problems.push({ path: file, reason: error instanceof Error ? error.message : String(error) });
      continue;
    }
    const decoded = decodeArticle(bytes);
    if (!decoded.ok) {
      problems.push({ path: file, reason: decoded.reason });
      continue;
    }
    if (decoded.warning) process.stderr.write(`crosscheck: ${file}: ${decoded.warning}\n`);
    inputs.push({ file, text: decoded.text });
  }
  for (const problem of problems) process.stderr.write(`crosscheck: skipped ${problem.path}: ${problem.reason}\n`);

  const report = scanWorkspace(inputs, { gazetteer: gazetteer.value });
  process.stdout.write(parsed.json ? `${JSON.stringify(report, null, 2)}\n` : formatSummary(report));
  return problems.length > 0 || gazetteer.messages.length > 0 ? 1 : 0;
}
