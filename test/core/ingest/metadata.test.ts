import { describe, expect, it } from 'vitest';
import { loadDocument } from '../../../src/core/ingest/index.ts';
import { analyseText, isHeadlineLike, readDateline } from '../../../src/core/ingest/metadata.ts';

const NOW = new Date('2026-01-01T00:00:00Z');
const BODY =
  'The foreign minister said on Tuesday that the talks had been constructive and would continue next month.';
const BODY2 = 'Officials from both countries are expected to meet again in Geneva before the end of the year.';

function load(text: string, extra: Partial<Parameters<typeof loadDocument>[0]> = {}) {
  return loadDocument({ data: text, contentType: 'text', now: NOW, ...extra });
}

describe('datelines', () => {
  it.each([
    ['MOSCOW, October 8. /TASS/. Moscow is ready.', 'TASS', { month: 10, day: 8, year: null }, 'Moscow is ready.'],
    ['MOSCOW (TASS): Russian Foreign Minister spoke.', 'TASS', null, 'Russian Foreign Minister spoke.'],
    ['WASHINGTON (Reuters) - The United States said.', 'Reuters', null, 'The United States said.'],
    ['LONDON (AP) — Britain said.', 'AP', null, 'Britain said.'],
    ['KABUL, Afghanistan (AP) — The Taliban said.', 'AP', null, 'The Taliban said.'],
    ['WASHINGTON, Oct 8 (Reuters) - Blinken said.', 'Reuters', { month: 10, day: 8, year: null }, 'Blinken said.'],
    ['(AFP) - The agency said.', 'AFP', null, 'The agency said.'],
    ['NEW DELHI, March 3, 2022 (PTI) - India said.', 'PTI', { month: 3, day: 3, year: 2022 }, 'India said.'],
    ['ISLAMABAD (Dawn News) - Pakistan said.', 'Dawn News', null, 'Pakistan said.'],
  ])('reads %s', (paragraph, outlet, monthDay, rest) => {
    const d = readDateline(paragraph);
    expect(d?.outlet).toBe(outlet);
    expect(d?.monthDay ?? null).toEqual(monthDay);
    expect(d?.rest).toBe(rest);
  });

  it('reads a city-only dateline without inventing an outlet', () => {
    expect(readDateline('KABUL — The Taliban said on Monday.')).toEqual({ outlet: null, monthDay: null, rest: 'The Taliban said on Monday.' });
  });

  it.each([
    'Moscow is ready for cooperation (TASS) - said.',
    'NATO (the alliance) - members agreed.',
    'US officials said (Reuters) - nothing.',
    'The minister (right) - spoke.',
  ])('finds no dateline in %s', (paragraph) => {
    const d = readDateline(paragraph);
    expect(d === null || d.outlet === null).toBe(true);
  });

  it('strips the dateline from the body and records the outlet', () => {
    const doc = load(`LONDON (AP) — ${BODY}\n\n${BODY2}`);
    expect(doc.outlet).toBe('AP');
    expect(doc.text.startsWith('The foreign minister said')).toBe(true);
  });
});

describe('titles', () => {
  it('takes a first short line without final punctuation as the headline and keeps it out of the body', () => {
    const doc = load(`Lavrov warns against NATO bases in Central Asia\n\n${BODY}\n\n${BODY2}`);
    expect(doc.title).toBe('Lavrov warns against NATO bases in Central Asia');
    expect(doc.text).toBe(`${BODY}\n\n${BODY2}`);
  });

  it('keeps a headline with a dash and speaker as written', () => {
    const doc = load(`Necessary to block supply of weapons to terrorists in Afghanistan — Lavrov\n\n${BODY}`);
    expect(doc.title).toBe('Necessary to block supply of weapons to terrorists in Afghanistan — Lavrov');
  });

  it('does not take a sentence for a headline', () => {
    const doc = load(`${BODY}\n\n${BODY2}`);
    expect(doc.title).toBeNull();
    expect(doc.text).toBe(`${BODY}\n\n${BODY2}`);
  });

  it('does not take the only line for a headline', () => {
    const doc = load('Lavrov warns against NATO bases');
    expect(doc.title).toBeNull();
    expect(doc.text).toBe('Lavrov warns against NATO bases');
  });

  it('shows a headline repeated by the breadcrumb and the page only once', () => {
    const title = 'NATO bases in Central Asia ‘unacceptable,’ Moscow says';
    const doc = load(`Home / WORLD / ${title}\n\n${title}\n\n${BODY}`);
    expect(doc.title).toBe(title);
    expect(doc.text).toBe(BODY);
  });

  it('drops a headline printed twice at the top', () => {
    const title = 'Lavrov warns against NATO bases';
    const doc = load(`${title}\n${title}\n${BODY}`);
    expect(doc.title).toBe(title);
    expect(doc.text).toBe(BODY);
  });

  it('skips a section label above the headline', () => {
    const doc = load(`WORLD\nLavrov warns against NATO bases\n${BODY}\n${BODY2}`);
    expect(doc.title).toBe('Lavrov warns against NATO bases');
    expect(doc.text).toBe(`${BODY}\n\n${BODY2}`);
  });

  it('uses the feed title only when the page has none, and recognises it in the text', () => {
    expect(load(`${BODY}\n\n${BODY2}`, { fallbackTitle: 'Feed title' }).title).toBe('Feed title');
    const doc = load(`Talks to continue, minister says.\n\n${BODY}`, { fallbackTitle: 'Talks to continue, minister says.' });
    expect(doc.text).toBe(BODY);
  });

  it('classifies headline-like lines', () => {
    expect(isHeadlineLike('Russia Advises Countries Bordering Afghanistan to Reject NATO Troops')).toBe(true);
    expect(isHeadlineLike('The minister said so.')).toBe(false);
    expect(isHeadlineLike('MOSCOW (TASS): Russia said')).toBe(false);
    expect(isHeadlineLike('lower case start of a line')).toBe(false);
  });
});

describe('outlets', () => {
  it('reads a lone site-name line', () => {
    const doc = load(`UrduPoint.com\n\nMinisters meet in Moscow\n\n${BODY}`);
    expect(doc.outlet).toBe('UrduPoint');
    expect(doc.text).toBe(BODY);
  });

  it('prefers the wire agency of the dateline to the site', () => {
    expect(load(`www.example-news.com\n\nMOSCOW (TASS): ${BODY}`).outlet).toBe('TASS');
  });

  it('falls back to the feed outlet, then to the copyright holder', () => {
    const text = `${BODY}\n\n© 2022, paradox. All rights reserved.`;
    expect(load(text, { fallbackOutlet: 'Feed Outlet' }).outlet).toBe('Feed Outlet');
    expect(load(text).outlet).toBe('paradox');
    expect(load(BODY).outlet).toBeNull();
  });
});

describe('dates', () => {
  it('trusts an explicit scraper header most', () => {
    const doc = load(` date 2021-10-08 MOSCOW, October 7. /TASS/. ${BODY}`);
    expect(doc.date).toBe('2021-10-08');
    expect(doc.outlet).toBe('TASS');
    expect(doc.text).toBe(BODY);
  });

  it('completes a dateline with the year of other evidence', () => {
    const doc = load(`Ministers meet\n\nPublished: 09 Oct 2021 10:45 GMT\n\nMOSCOW, October 8. /TASS/. ${BODY}`);
    expect(doc.date).toBe('2021-10-08');
  });

  it('puts a December dateline on a January anchor in the year before', () => {
    expect(load(`MOSCOW, December 31. /TASS/. ${BODY}`, { fallbackDate: '2022-01-01' }).date).toBe('2021-12-31');
  });

  it('leaves a dateline without any year null', () => {
    expect(load(`MOSCOW, October 8. /TASS/. ${BODY}`).date).toBeNull();
  });

  it('reads a byline timestamp and removes the byline', () => {
    const doc = load(`Ministers meet in Moscow\n\nUmer Jamshaid 4 minutes ago Wed 18th August 2021 | 07:45 PM\n\n${BODY}`);
    expect(doc.date).toBe('2021-08-18');
    expect(doc.text).toBe(BODY);
  });

  it('prefers the published date to the updated date on one line', () => {
    expect(load(`Ministers meet\n\nPublished 8 Oct 2021 | Updated 12 Oct 2021\n\n${BODY}`).date).toBe('2021-10-08');
  });

  it('uses the feed date when the page has none', () => {
    expect(load(BODY, { fallbackDate: '2021-05-04' }).date).toBe('2021-05-04');
    expect(load(BODY, { fallbackDate: '2021-05-04T10:00:00Z' }).date).toBe('2021-05-04');
    expect(load(BODY, { fallbackDate: 'yesterday' }).date).toBeNull();
  });

  it('rejects a today banner contradicted by an older copyright year', () => {
    const doc = load(`Thursday , April 25 2024\n\nNATO bases unacceptable, Moscow says\n\n${BODY} It happened in April 2024.\n\n© 2022, paradox. All rights reserved.`);
    expect(doc.date).toBeNull();
  });

  it('rejects a today banner contradicted by the years the article mentions', () => {
    const doc = load(`Monday, March 4 2024\n\nBases rejected\n\n${BODY} The last US troops left Afghanistan in August 2021.`);
    expect(doc.date).toBeNull();
  });

  it('reads the year from "last year" and a mentioned year', () => {
    const body = `${BODY} The Taliban seized power last year. The last US troops left in August 2021.`;
    expect(load(`Thursday, April 21 2022\n\nTalks go on\n\n${body}`).date).toBe('2022-04-21');
    expect(load(`Thursday, April 25 2024\n\nTalks go on\n\n${body}`).date).toBeNull();
  });

  it('accepts a banner only when the article agrees with its year', () => {
    expect(load(`Friday, October 8 2021\n\nTalks go on\n\n${BODY} The talks began in September 2021.`).date).toBe('2021-10-08');
    expect(load(`Friday, October 8 2021\n\nTalks go on\n\n${BODY}`).date).toBeNull();
  });

  it('rejects future and implausibly old dates', () => {
    expect(load(` date 2030-01-01 ${BODY}`).date).toBeNull();
    expect(load(` date 1985-06-01 ${BODY}`).date).toBeNull();
    expect(load(BODY, { fallbackDate: '2099-01-01' }).date).toBeNull();
    expect(load(` date 2021-02-30 ${BODY}`).date).toBeNull();
  });

  it('exposes the evidence it used', () => {
    const a = analyseText(`Thursday , April 25 2024\nHome / WORLD / Talks\nTalks\n${BODY}\n© 2022, paradox.`);
    expect(a.bannerDate).toBe('2024-04-25');
    expect(a.copyrightYear).toBe(2022);
    expect(a.bylineDates).toEqual([]);
  });
});
