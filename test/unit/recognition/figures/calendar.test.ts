import * as assert from 'node:assert/strict';
import {
  civilFromDays, daysFromCivil, formatDays, inferYear, parseIsoDate, resolveWeekday, shiftMonth, shiftedMonthOfYear, weekdayOf,
} from '../../../../src/core/recognition/figures/calendar';

const WEDNESDAY = daysFromCivil(2026, 1, 7);

describe('figures: calendar', () => {
  it('round-trips day numbers over four centuries', () => {
    for (let days = daysFromCivil(1900, 1, 1); days <= daysFromCivil(2300, 1, 1); days += 37) {
      const date = civilFromDays(days);
      assert.equal(daysFromCivil(date.year, date.month, date.day), days);
    }
    assert.equal(daysFromCivil(1970, 1, 1), 0);
    assert.deepEqual(civilFromDays(daysFromCivil(2024, 2, 29)), { year: 2024, month: 2, day: 29 });
  });

  it('knows weekdays (0 = Monday)', () => {
    assert.equal(weekdayOf(WEDNESDAY), 2);
    assert.equal(weekdayOf(daysFromCivil(1970, 1, 1)), 3);
  });

  it('resolves weekdays the news way', () => {
    assert.equal(formatDays(resolveWeekday(WEDNESDAY, 2, 'plain')), '2026-01-07');
    assert.equal(formatDays(resolveWeekday(WEDNESDAY, 3, 'plain')), '2026-01-01');
    assert.equal(formatDays(resolveWeekday(WEDNESDAY, 2, 'last')), '2025-12-31');
    assert.equal(formatDays(resolveWeekday(WEDNESDAY, 2, 'next')), '2026-01-14');
    assert.equal(formatDays(resolveWeekday(WEDNESDAY, 6, 'this')), '2026-01-11');
  });

  it('shifts months and infers missing years', () => {
    assert.equal(shiftMonth(WEDNESDAY, -1), '2025-12');
    assert.equal(shiftMonth(WEDNESDAY, 13), '2027-02');
    assert.equal(shiftedMonthOfYear(WEDNESDAY, 1, -1), '2025-01');
    assert.equal(shiftedMonthOfYear(WEDNESDAY, 1, 1), '2027-01');
    assert.equal(inferYear(WEDNESDAY, 12, 28), 2025);
    assert.equal(inferYear(WEDNESDAY, 6, 1), 2026);
  });

  it('parses ISO reference dates strictly', () => {
    assert.deepEqual(parseIsoDate('2026-01-07'), { year: 2026, month: 1, day: 7 });
    assert.deepEqual(parseIsoDate(' 2026-01-07T10:00Z'), { year: 2026, month: 1, day: 7 });
    assert.equal(parseIsoDate('2026-02-30'), undefined);
    assert.equal(parseIsoDate('7 January 2026'), undefined);
    assert.equal(parseIsoDate(undefined), undefined);
  });
});
