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

function banner(title) {
  console.log(`\n=== ${title} ===`);
}

for (const [title, command, args] of steps) {
  banner(title);
  const result = spawnSync(command, args, { cwd: repoRoot, stdio: 'inherit', env: process.env });
  if (result.status !== 0) {
    console.error(`\n[crosscheck] '${title}' failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status || 1);
  }
}

banner('integration tests (real VS Code)');
const code = await runIntegrationTests().catch((error) => {
  console.error(`[crosscheck] integration tests could not run: ${error.message}`);
  return 1;
});
if (code !== 0) {
  console.error(`\n[crosscheck] integration tests failed (exit ${code}).`);
  process.exit(code);
}
console.log('\n[crosscheck] all checks passed');
