// `crosscheck` command line: scan articles with the same core the extension uses.
import { runScan } from './scan';

const USAGE = `Usage: crosscheck <command> [options]

Commands:
  scan [--json] [--gazetteer FILE] PATH...
        Recognise entities and figures in article files and folders and cross-reference them.
        Folders are searched with the default crosscheck.sources patterns
        (**/*.txt, **/*.md, **/*.article; not node_modules, .git or *.claims.yaml).
        --json            print one JSON object (sources, entities, comparisons) instead of a summary
        --gazetteer FILE  team gazetteer to use (default: .crosscheck/entities.yaml in the current
                          folder or in the first folder given, when present)

Options:
  -h, --help      show this help
  -v, --version   show the version

Exit codes: 0 all files scanned; 1 some files could not be read or the gazetteer has problems
(reported on stderr; the rest is still scanned); 2 wrong usage.`;

declare const CROSSCHECK_VERSION: string | undefined;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '-h' || command === '--help' || command === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return command ? 0 : 2;
  }
  if (command === '-v' || command === '--version') {
    process.stdout.write(`${typeof CROSSCHECK_VERSION === 'string' ? CROSSCHECK_VERSION : 'dev'}\n`);
    return 0;
  }
  if (command === 'scan') return runScan(rest, USAGE);
  process.stderr.write(`crosscheck: unknown command '${command}'\n\n${USAGE}\n`);
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`crosscheck: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
