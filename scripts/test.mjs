// `npm test`: every check, in order, stopping at the first failure:
// type-check + compile, lint, grammar tests, build, unit tests, integration tests in VS Code.
import { spawnSync } from 'node:child_process';
import { ensureDependencies } from './ensure-deps.mjs';
import { repoRoot } from './host/paths.mjs';

ensureDependencies();
// Loaded after the dependencies are in place (it needs playwright-core).
const { runIntegrationTests } = await import('./test-integration.mjs');

const npx = (args) => ['npx', ['--no-install', ...args]];
const steps = [
  ['type-check and compile tests', ...npx(['tsc', '-p', 'tsconfig.test.json'])],
  ['lint', ...npx(['eslint', 'src', 'test', 'scripts', 'bench'])],
  ['grammar tests', ...npx(['vscode-tmgrammar-test', '-g', 'syntaxes/article.tmLanguage.json', 'test/grammar/*.article'])],
  ['contrast check', 'node', ['test/grammar/contrast.mjs']],
  ['build', 'node', ['scripts/build.mjs']],
  ['unit tests (core and CLI)', ...npx(['mocha', '--config', '.mocharc.unit.json'])],
];

// Test counts from mocha's summary lines, for one closing line over all suites.
const counts = { passed: 0, failed: 0, pending: 0 };
function countMochaSummary(text) {
  for (const [, number, kind] of text.matchAll(/^\s*(\d+) (passing|failing|pending)\b/gm)) {
    counts[{ passing: 'passed', failing: 'failed', pending: 'pending' }[kind]] += Number(number);
  }
}
function closingLine() {
  console.log(`\n${counts.passed} passed, ${counts.failed} failed, ${counts.pending} skipped`);
}

function banner(title) {
  console.log(`\n=== ${title} ===`);
}

for (const [title, command, args] of steps) {
  banner(title);
  const isMocha = args.includes('mocha');
  const result = spawnSync(command, args, { cwd: repoRoot, stdio: isMocha ? ['ignore', 'pipe', 'inherit'] : 'inherit', env: process.env, maxBuffer: 64 * 1024 * 1024 });
  if (isMocha) {
    process.stdout.write(result.stdout);
    countMochaSummary(String(result.stdout));
  }
  if (result.status !== 0) {
    if (isMocha) closingLine();
    console.error(`\n[crosscheck] '${title}' failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status || 1);
  }
}

banner('integration tests (real VS Code)');
// Screenshots are part of the suite (they check that the workbench renders our views): keep them in
// out/screenshots unless the caller asked for another folder.
process.env.CROSSCHECK_SCREENSHOTS ??= `${repoRoot}/out/screenshots`;
console.log(`[crosscheck] screenshots go to ${process.env.CROSSCHECK_SCREENSHOTS}`);
const code = await runIntegrationTests({ onLine: countMochaSummary }).catch((error) => {
  console.error(`[crosscheck] integration tests could not run: ${error.message}`);
  return 1;
});
closingLine();
if (code !== 0) {
  console.error(`\n[crosscheck] integration tests failed (exit ${code}).`);
  process.exit(code);
}
console.log('\n[crosscheck] all checks passed');
process.exit(0);
