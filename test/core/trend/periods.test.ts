import { describe, expect, it } from 'vitest';
import { chooseInterval, intervalCount, intervalEnd, intervalStart, intervalStarts, isIsoDay, nextStart } from '../../../src/core/trend/periods.ts';

describe('trend periods', () => {
  it('weeks start on Monday, months on the first', () => {
    expect(intervalStart('2024-03-03', 'week')).toBe('2024-02-26'); // a Sunday
    expect(intervalStart('2024-03-04', 'week')).toBe('2024-03-04'); // a Monday
    expect(intervalStart('2024-03-31', 'month')).toBe('2024-03-01');
    expect(intervalStart('2024-03-31', 'day')).toBe('2024-03-31');
  });

  it('steps over month ends, leap days and year ends', () => {
    expect(nextStart('2024-02-28', 'day')).toBe('2024-02-29');
    expect(nextStart('2024-12-30', 'week')).toBe('2025-01-06');
    expect(nextStart('2024-12-01', 'month')).toBe('2025-01-01');
    expect(intervalEnd('2024-02-01', 'month')).toBe('2024-02-29');
    expect(intervalEnd('2024-02-26', 'week')).toBe('2024-03-03');
  });

  it('lists every interval of a period, empty ones included', () => {
    expect(intervalStarts('2024-01-15', '2024-04-02', 'month')).toEqual(['2024-01-01', '2024-02-01', '2024-03-01', '2024-04-01']);
    expect(intervalStarts('2024-03-01', '2024-03-12', 'week')).toEqual(['2024-02-26', '2024-03-04', '2024-03-11']);
    expect(intervalCount('2024-03-01', '2024-03-12', 'week')).toBe(3);
    expect(intervalCount('2023-12-31', '2024-01-01', 'day')).toBe(2);
    expect(intervalCount('2020-01-10', '2024-01-01', 'month')).toBe(49);
  });

  it('chooses days for weeks, weeks for months, months for longer periods', () => {
    expect(chooseInterval('2024-03-01', '2024-03-31')).toBe('day');
    expect(chooseInterval('2024-01-01', '2024-06-30')).toBe('week');
    expect(chooseInterval('2023-01-01', '2024-06-30')).toBe('month');
  });

  it('knows a real calendar day', () => {
    expect(isIsoDay('2024-02-29')).toBe(true);
    expect(isIsoDay('2023-02-29')).toBe(false);
    expect(isIsoDay('2024-2-1')).toBe(false);
  });
});
