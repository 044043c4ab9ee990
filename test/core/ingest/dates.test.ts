import { describe, expect, it } from 'vitest';
import {
  bannerContradicted,
  findFullDates,
  isoDate,
  mentionedYears,
  parseMetaDate,
  readDateLine,
  resolveDate,
  type DateEvidence,
} from '../../../src/core/ingest/dates.ts';

const NOW = new Date('2026-01-01T00:00:00Z');
const NONE: DateEvidence = {
  header: null,
  dateline: null,
  bylines: [],
  meta: null,
  fallback: null,
  banner: null,
  copyrightYear: null,
  bodyYears: [],
};

describe('date lines', () => {
  it('reads a date banner', () => {
    expect(readDateLine('Thursday , April 25 2024')).toEqual({ iso: '2024-04-25', rest: [], label: null });
  });

  it('reads a byline with a relative time and a full date', () => {
    expect(readDateLine('Umer Jamshaid 4 minutes ago Wed 18th August 2021 | 07:45 PM')).toEqual({
      iso: '2021-08-18',
      rest: ['Umer', 'Jamshaid'],
      label: null,
    });
  });

  it('labels published and updated dates', () => {
    expect(readDateLine('Published: 08 Oct 2021 10:45 GMT')?.label).toBe('published');
    expect(readDateLine('Updated 12 Oct 2021')?.label).toBe('updated');
    expect(readDateLine('October 8, 2021 4:15 PM UTC Updated 2 hours ago')).toEqual({ iso: '2021-10-08', rest: [], label: null });
  });

  it('does not read sentences or relative dates', () => {
    expect(readDateLine('The last US troops left Afghanistan on August 30, 2021, officials said.')).toBeNull();
    expect(readDateLine('Updated 5 hours ago')).toBeNull();
    expect(findFullDates('in August 2021')).toEqual([]);
  });

  it('parses meta dates literally, without time-zone shifts', () => {
    expect(parseMetaDate('2021-10-08T23:30:00-05:00')).toBe('2021-10-08');
    expect(parseMetaDate('Oct 8, 2021')).toBe('2021-10-08');
    expect(parseMetaDate('soon')).toBeNull();
    expect(isoDate(2021, 2, 29)).toBeNull();
  });

  it('collects the years the body places events in', () => {
    expect(mentionedYears('Troops left in August 2021; the war began in 2001. On 15 March 2022 talks resumed. 500 people.')).toEqual([
      2021, 2001, 2022,
    ]);
  });
});

describe('resolveDate', () => {
  it('prefers header, then dateline, bylines, meta, feed, banner', () => {
    const all: DateEvidence = {
      ...NONE,
      header: '2021-10-08',
      dateline: { month: 10, day: 7, year: null },
      bylines: ['2021-10-06'],
      meta: '2021-10-05',
      fallback: '2021-10-04',
      banner: '2021-10-03',
      bodyYears: [2021],
    };
    expect(resolveDate(all, NOW)).toBe('2021-10-08');
    expect(resolveDate({ ...all, header: null }, NOW)).toBe('2021-10-07');
    expect(resolveDate({ ...all, header: null, dateline: null }, NOW)).toBe('2021-10-06');
    expect(resolveDate({ ...all, header: null, dateline: null, bylines: [] }, NOW)).toBe('2021-10-05');
    expect(resolveDate({ ...all, header: null, dateline: null, bylines: [], meta: null }, NOW)).toBe('2021-10-04');
    expect(resolveDate({ ...NONE, banner: '2021-10-03', bodyYears: [2021] }, NOW)).toBe('2021-10-03');
    expect(resolveDate(NONE, NOW)).toBeNull();
  });

  it('rejects a banner that the copyright year contradicts', () => {
    const ev = { ...NONE, banner: '2024-04-25', bodyYears: [2024], copyrightYear: 2022 };
    expect(bannerContradicted('2024-04-25', ev)).toBe(true);
    expect(resolveDate(ev, NOW)).toBeNull();
    expect(bannerContradicted('2024-04-25', { ...ev, copyrightYear: 2024 })).toBe(false);
  });

  it('rejects a banner two or more years after the latest event of the article', () => {
    expect(bannerContradicted('2024-04-25', { ...NONE, bodyYears: [2001, 2021] })).toBe(true);
    expect(bannerContradicted('2022-04-25', { ...NONE, bodyYears: [2001, 2021] })).toBe(false);
    expect(bannerContradicted('2024-04-25', { ...NONE, bodyYears: [2001, 2030] })).toBe(true);
  });

  it('uses "last year" with the latest mentioned year', () => {
    const ev = { ...NONE, bodyYears: [2001, 2021], lastYear: true };
    expect(resolveDate({ ...ev, banner: '2022-04-21' }, NOW)).toBe('2022-04-21');
    expect(resolveDate({ ...ev, banner: '2023-04-21' }, NOW)).toBeNull();
    expect(resolveDate({ ...ev, banner: '2022-04-21', lastYear: false }, NOW)).toBeNull();
  });

  it('rejects future and pre-1990 dates at every level', () => {
    expect(resolveDate({ ...NONE, header: '2026-05-01' }, NOW)).toBeNull();
    expect(resolveDate({ ...NONE, header: '2026-05-01', meta: '2021-01-01' }, NOW)).toBe('2021-01-01');
    expect(resolveDate({ ...NONE, bylines: ['1989-12-31'] }, NOW)).toBeNull();
    expect(resolveDate({ ...NONE, dateline: { month: 10, day: 8, year: 2031 } }, NOW)).toBeNull();
  });
});
