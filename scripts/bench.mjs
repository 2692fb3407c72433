// `npm run bench`: runs every benchmark in out/bench (compiled by tsc) and prints their tables.
// Pass names to run only some: `npm run bench -- recognition crossref`.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { repoRoot } from './host/paths.mjs';

const require = createRequire(import.meta.url);
const order = ['recognition', 'figures', 'highlight', 'crossref', 'anchoring'];
const wanted = process.argv.slice(2);
const available = order.filter((name) => fs.existsSync(path.join(repoRoot, 'out', 'bench', `${name}.js`)));
const selected = wanted.length ? available.filter((name) => wanted.includes(name)) : available;
if (selected.length === 0) {
  console.error(`No benchmarks to run (available: ${available.join(', ') || 'none — run npm run compile-tests'}).`);
  process.exit(1);
}
console.log(`Crosscheck benchmarks on Node ${process.version}, ${process.platform}/${process.arch} — one process, one core used`);
for (const name of selected) {
  console.log(`\n=== ${name} ===`);
  await require(path.join(repoRoot, 'out', 'bench', `${name}.js`)).run();
}
