// `npm run train-type-model`: trains the entity type model on eval/dev and writes its weights.
// `-- --cv 5` first prints a 5-fold cross-validation on the dev articles; `-- --cv 5 --no-write` only that.
import path from 'node:path';
import { createRequire } from 'node:module';
import { repoRoot } from './host/paths.mjs';

const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const cvAt = args.indexOf('--cv');
const cv = cvAt >= 0 ? Number(args[cvAt + 1]) : undefined;
const { run } = require(path.join(repoRoot, 'out', 'bench', 'train-type-model.js'));
await run({ cv, write: !args.includes('--no-write'), root: repoRoot });
