// `npm run eval`: accuracy of recognition on the held-out labelled set (eval/test) and the
// development set (eval/dev). `npm run eval -- --errors dev` lists the errors of the dev set.
import path from 'node:path';
import { createRequire } from 'node:module';
import { repoRoot } from './host/paths.mjs';

const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const errors = args.includes('--errors');
const sets = args.filter((arg) => arg === 'dev' || arg === 'test');
const { run } = require(path.join(repoRoot, 'out', 'bench', 'eval.js'));
for (const set of sets.length ? sets : ['test', 'dev']) {
  console.log(`\n=== ${set} set (eval/${set}) ===`);
  await run({ set, errors: errors && set === 'dev' });
}
