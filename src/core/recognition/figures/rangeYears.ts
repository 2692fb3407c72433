// "from Oct. 1 to Nov. 12, 2025": the year written on the second end of a date range is the first
// end's too (it was resolved against the article's date without it).

import type { FigureMention } from '../../model';

/** Words between two dates that make them the ends of one range. */
const BETWEEN_ENDS = /^,?\s*(?:to|through|until|till|and|-|–|—)\s*$/;
const WRITTEN_YEAR = /\b\d{4}\b/;
const MONTH_AND_DAY = /^\d{4}(-\d{2}(?:-\d{2})?)$/;

/** Gives the first end of each such range the year of the second, a year earlier when its month comes later. */
export function shareRangeYears(figures: FigureMention[], text: string): void {
  for (let i = 0; i + 1 < figures.length; i++) {
    const first = figures[i];
    const second = figures[i + 1];
    if (first.type !== 'date' || second.type !== 'date' || typeof first.value !== 'string' || typeof second.value !== 'string') continue;
    if (WRITTEN_YEAR.test(first.text) || !WRITTEN_YEAR.test(second.text)) continue;
    if (!BETWEEN_ENDS.test(text.slice(first.end, second.start))) continue;
    const rest = MONTH_AND_DAY.exec(first.value);
    if (!rest || first.value.length !== second.value.length) continue;
    const year = Number(second.value.slice(0, 4));
    const later = first.value.slice(5, 7) > second.value.slice(5, 7);
    figures[i] = { ...first, value: `${later ? year - 1 : year}${rest[1]}` };
  }
}
