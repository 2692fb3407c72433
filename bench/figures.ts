// Figure recognition benchmark: throughput (MB/s) and density (figures/KB) of findFigures on ~5 MB
// of news-like prose built from our own fixture paragraphs with varied numbers, and on the shared
// corpus articles when they are present.
// Run: node -e "require('./out/bench/figures.js').run()"

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectArticleDate, findFigures } from '../src/core/recognition/figures';
import { seededRandom } from '../test/support/seededRandom';

const TARGET_BYTES = 5 * 1024 * 1024;
const ROUNDS = 5;
const CORPUS = '/work/shared/corpus/paris-declaration';

/** Our own paragraphs; {n} becomes a random number, {y} a year, {d} a day of the month. */
const PARAGRAPHS = [
  'GENEVA, March {d} {y} (Wire) – Negotiators from {n} countries met on Tuesday for a {n}-hour session, officials said, and agreed to release $1.{n}bn in emergency aid. More than {n} people were displaced by the floods last week, the agency said.',
  'The ministry said about {n},{n}00 tonnes of grain left the port on 6 January {y}, up {n} per cent on the same month a year earlier. Prices rose 3.{n}% in December, the fastest pace since {y}, while the central bank held its key rate at {n} percent.',
  'Temperatures fell to -{n}C overnight and the storm dropped {n} inches of snow across a 72-km stretch of the motorway. Police closed the road at 9:{d} a.m. and reopened it shortly before midnight, a spokesman told reporters at 14:{d} GMT.',
  'The company, which employs roughly {n},000 staff in {n} European markets, reported revenue of €{n}.{n} billion for the third quarter and said it would cut up to {n} jobs by mid-{y}. Its shares closed down {n}.{n} percent at $ {n}.{n}.',
  'Residents of the village, which lies {n} miles north of the capital, said the first convoy arrived yesterday evening. Dozens of volunteers unloaded {n} trucks carrying 1.{n} million litres of water; the second convoy is due next week, organisers said.',
  'In the 1990s the reservoir held {n} billion cubic metres of water, but a drought lasting three years cut that by nearly two-thirds. Engineers now expect a 50 MW solar farm covering {n} hectares to open in early {y} at a cost of £{n}m.',
  'The council voted {n} to {n} on Wednesday, January {d}, {y}, to approve the plan. Between {n} and {n} families will be rehoused within two weeks, and a 5 percentage point rise in the local levy will raise an estimated £{n},{n}00 a year.',
  'Flights resumed at 11pm local time after a {n}-minute delay, the airline said, adding that the aircraft reached 30,000 feet and a cruising speed of {n} knots. It was the fifth incident this year and the twenty-first since {y}.',
];

/** Our own prose with few or no figures, the bulk of real news copy. */
const PROSE = [
  'Officials on both sides described the atmosphere as constructive, although several delegates warned that the hardest questions had been left for later. Diplomats said the draft text still contained bracketed passages on monitoring, financing and the role of regional partners.',
  'Opposition leaders accused the government of moving too slowly and called for an independent inquiry into how the contracts were awarded. A spokeswoman for the ministry rejected the criticism, saying the process had been transparent and that all bidders had been treated equally.',
  'Residents who gathered outside the town hall said they had heard little from local authorities since the evacuation began. Many were staying with relatives in neighbouring villages, while others had found shelter in schools and sports halls converted into temporary dormitories.',
  'Analysts cautioned that the figures could be revised as more data arrived, noting that previous estimates had been corrected several times. Investors nonetheless welcomed the announcement, and the national currency strengthened against the dollar and the euro in afternoon trading.',
  'The proposal will now go before parliament, where it is expected to face amendments from both the governing coalition and the opposition. Committee hearings are scheduled to begin after the recess, and ministers have said they hope to secure a final vote before the summer.',
  'Human rights groups welcomed the release of the detainees but urged the authorities to drop the remaining charges. Lawyers for the families said they would continue to press for access to the case files, which they said had been withheld without explanation.',
];


/**
 * ~`bytes` of text: fixture paragraphs with varied numbers, each followed by `proseRatio` paragraphs
 * of figure-free prose on average (0: every paragraph dense with figures). Exported for profiling.
 */
export function generate(bytes: number, proseRatio = 0): string {
  const rng = seededRandom(20260107);
  const parts: string[] = [];
  let size = 0;
  while (size < bytes) {
    if (rng() < proseRatio / (proseRatio + 1)) {
      const prose = PROSE[Math.floor(rng() * PROSE.length)];
      parts.push(prose, '\n\n');
      size += prose.length + 2;
      continue;
    }
    const template = PARAGRAPHS[Math.floor(rng() * PARAGRAPHS.length)];
    const paragraph = template
      .replace(/\{n\}/g, () => String(2 + Math.floor(rng() * 97)))
      .replace(/\{y\}/g, () => String(1995 + Math.floor(rng() * 31)))
      .replace(/\{d\}/g, () => String(10 + Math.floor(rng() * 18)));
    parts.push(paragraph, '\n\n');
    size += paragraph.length + 2;
  }
  return parts.join('');
}

interface Measure {
  readonly label: string;
  readonly megabytes: number;
  readonly seconds: number;
  readonly figures: number;
}

/**
 * Best of `rounds` runs, timed in CPU time of this process: on a machine shared with other jobs it
 * is far steadier than wall time, and the recogniser is single-threaded so the two agree when idle.
 */
function measure(label: string, text: string, referenceDate: string | undefined, rounds: number): Measure {
  const megabytes = new TextEncoder().encode(text).length / (1024 * 1024);
  findFigures(text, { referenceDate }); // warm-up
  let best = Infinity;
  let figures = 0;
  for (let round = 0; round < rounds; round++) {
    const started = process.cpuUsage();
    figures = findFigures(text, { referenceDate }).length;
    const used = process.cpuUsage(started);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return { label, megabytes, seconds: best / 1000, figures };
}

function corpusText(): string | undefined {
  if (!existsSync(CORPUS)) return undefined;
  const articles = readdirSync(CORPUS).filter((name) => name.endsWith('.txt')).map((name) => readFileSync(join(CORPUS, name), 'utf8'));
  if (articles.length === 0) return undefined;
  // Repeat the real articles to ~2 MB so the timing is stable.
  const once = articles.join('\n\n');
  return once.repeat(Math.max(1, Math.ceil((2 * 1024 * 1024) / once.length)));
}

export async function run(): Promise<void> {
  const rows: Measure[] = [
    measure('news-like: fixture + plain prose (~5 MB)', generate(TARGET_BYTES, 3), '2026-01-07', ROUNDS),
    measure('dense: fixture paragraphs only (~5 MB)', generate(TARGET_BYTES), '2026-01-07', ROUNDS),
  ];
  const corpus = corpusText();
  if (corpus) rows.push(measure('shared corpus, repeated (~2 MB)', corpus, '2026-01-07', ROUNDS));

  const dateline = 'Paris, January 7 2026 (Agencies) – ' + generate(4000);
  const dateRounds = 2000;
  const started = process.cpuUsage();
  for (let round = 0; round < dateRounds; round++) detectArticleDate(dateline);
  const used = process.cpuUsage(started);
  const perCall = (used.user + used.system) / dateRounds;

  console.log('\nFigure recognition (best of %d runs, CPU time)', ROUNDS);
  console.log('| text | MB | ms | MB/s | figures | figures/KB |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
  for (const row of rows) {
    const kilobytes = row.megabytes * 1024;
    console.log(
      `| ${row.label} | ${row.megabytes.toFixed(2)} | ${(row.seconds * 1000).toFixed(0)} | ${(row.megabytes / row.seconds).toFixed(1)} | ${row.figures} | ${(row.figures / kilobytes).toFixed(2)} |`,
    );
  }
  console.log(`detectArticleDate on a 4 KB article: ${perCall.toFixed(1)} µs per call`);
  console.log('Target: >= 40 MB/s on plain news text (news-like and corpus rows).');
}
