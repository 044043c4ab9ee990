import { describe, expect, it } from 'vitest';
import { cleanText } from '../../../src/core/ingest/index.ts';
import { assembleParagraphs, normaliseText, scanText } from '../../../src/core/ingest/clean-text.ts';

const BODY =
  'The foreign minister said on Tuesday that the talks had been constructive and would continue next month.';
const BODY2 = 'Officials from both countries are expected to meet again in Geneva before the end of the year.';

describe('normalisation', () => {
  it('unifies newlines, spaces and invisible characters', () => {
    expect(normaliseText('a\r\nb\rc\u00a0d\u200be\u00adf\tg')).toBe('a\nb\nc def g');
  });

  it('joins paragraphs with a blank line and single spaces inside', () => {
    expect(cleanText(`  ${BODY}   \n\n\n\n   ${BODY2.replace(/ /g, '   ')}  `)).toBe(`${BODY}\n\n${BODY2}`);
  });
});

describe('paragraphs', () => {
  it('treats each line of one-paragraph-per-line text as a paragraph', () => {
    expect(cleanText(`${BODY}\n${BODY2}`)).toBe(`${BODY}\n\n${BODY2}`);
  });

  it('joins a line that runs on into a lower-case line', () => {
    expect(cleanText('The minister said that the talks\nwould continue next month.')).toBe(
      'The minister said that the talks would continue next month.',
    );
  });

  it('joins hard-wrapped lines and repairs words split at the line end', () => {
    const wrapped = [
      'The minister said his government had held several rounds of consulta-',
      'tions with the delegation in Termez and that the talks had been useful',
      'and business-like. He did not say whether Tashkent would recognise the',
      'new government in Kabul or when the next round of talks would be held.',
      '',
      'Kamilov also said the region should avoid a new wave of refugees and',
      'that the border would stay open for humanitarian cargo in the winter.',
    ].join('\n');
    expect(cleanText(wrapped)).toBe(
      'The minister said his government had held several rounds of consultations with the delegation in Termez ' +
        'and that the talks had been useful and business-like. He did not say whether Tashkent would recognise the ' +
        'new government in Kabul or when the next round of talks would be held.\n\n' +
        'Kamilov also said the region should avoid a new wave of refugees and that the border would stay open for ' +
        'humanitarian cargo in the winter.',
    );
  });

  it('does not join across a removed line', () => {
    const lines = scanText(`The minister said that\nAdvertisement\nthe talks went well.`).lines;
    expect(assembleParagraphs(lines)).toEqual(['The minister said that', 'the talks went well.']);
  });
});

describe('comment forms', () => {
  it.each(['Leave a Comment', 'Leave a Reply', 'Post a comment', '12 Comments', 'Join the discussion'])(
    'cuts "%s" and everything after it',
    (marker) => {
      const text = `${BODY}\n\n${marker}\n\nJohn says: great article.\n\nYour email address will not be published. Required fields are marked *`;
      expect(cleanText(text)).toBe(BODY);
    },
  );

  it('cuts at the form text even without a heading', () => {
    expect(cleanText(`${BODY}\n\nYour email address will not be published. Required fields are marked *\n\nName`)).toBe(BODY);
  });

  it('only drops the marker line when it comes before the article', () => {
    expect(cleanText(`Comments (3)\n\n${BODY}\n\n${BODY2}`)).toBe(`${BODY}\n\n${BODY2}`);
  });
});

describe('copyright lines', () => {
  it.each([
    '© 2022, paradox. All rights reserved.',
    'Copyright 2021 Reuters. All rights reserved.',
    'Copyright © 2019-2023 Pamir Daily',
    '(c) 2020 Example Media Group',
    'All rights reserved.',
  ])('removes "%s"', (line) => {
    expect(cleanText(`${BODY}\n\n${line}\n\n${BODY2}`)).toBe(`${BODY}\n\n${BODY2}`);
  });

  it('records year and holder', () => {
    expect(scanText(`${BODY}\n© 2022, paradox. All rights reserved.`).copyright).toEqual({ year: 2022, holder: 'paradox' });
    expect(scanText(`${BODY}\nCopyright © 2015-2021 The Associated Press.`).copyright).toEqual({
      year: 2021,
      holder: 'The Associated Press',
    });
  });

  it('keeps prose that mentions copyright', () => {
    const prose = 'The court ruled that the copyright of the photographs belonged to the agency that commissioned them.';
    expect(cleanText(prose)).toBe(prose);
  });
});

describe('teaser blocks', () => {
  it('removes a "Check Also" heading and its teasers up to the end', () => {
    const text = [
      BODY,
      'Check Also',
      'Russian deputy defense minister arrested over suspected bribery',
      'Russian Deputy Defense Minister Timur Ivanov has been arrested for bribery, the country’s Investigative Committee …',
    ].join('\n\n');
    expect(cleanText(text)).toBe(BODY);
  });

  it.each(['Related', 'Related Articles', 'Read more', 'Also read', 'You may also like', 'More from Reuters', 'Most Read'])(
    'removes a "%s" block and resumes at prose',
    (heading) => {
      const text = [BODY, heading, 'Uzbekistan reopens border crossing', 'Tajik army on alert as fighting nears border', BODY2].join('\n\n');
      expect(cleanText(text)).toBe(`${BODY}\n\n${BODY2}`);
    },
  );

  it('ends a teaser block at a short quoted sentence', () => {
    const text = [BODY, 'Related', 'Uzbekistan reopens border crossing', '“It is unacceptable,” Lavrov said.', BODY2].join('\n\n');
    expect(cleanText(text)).toBe(`${BODY}\n\n“It is unacceptable,” Lavrov said.\n\n${BODY2}`);
  });

  it('removes one-line teasers', () => {
    expect(cleanText(`${BODY}\n\nRead more: Pakistan says it will not host US bases\n\nALSO READ | Kabul airport reopens\n\n${BODY2}`)).toBe(
      `${BODY}\n\n${BODY2}`,
    );
  });

  it('keeps the headline when a teaser heading sits above the article', () => {
    expect(cleanText(`Latest News\nLavrov warns against NATO bases\n${BODY}`)).toBe(`Lavrov warns against NATO bases\n\n${BODY}`);
  });
});

describe('ads', () => {
  it('removes a line in another script amid English text', () => {
    const text = `${BODY}\nKwork.ru - услуги фрилансеров от 500 руб.\n${BODY2}`;
    expect(cleanText(text)).toBe(`${BODY}\n\n${BODY2}`);
  });

  it('keeps a Russian word quoted in an English sentence', () => {
    const line = 'The newspaper Kommersant (Коммерсантъ) reported that the minister had offered his resignation.';
    expect(cleanText(line)).toBe(line);
  });

  it('keeps text that is all in another script', () => {
    const ru = 'Министр иностранных дел заявил, что переговоры будут продолжены в следующем месяце.';
    expect(cleanText(ru)).toBe(ru);
  });

  it('removes short lines repeated across the document', () => {
    const ad = 'Cheap flights to Almaty from $99';
    const text = [BODY, ad, BODY2, 'The minister will travel to Beijing next week for more talks.', ad].join('\n');
    expect(cleanText(text)).not.toContain(ad);
    expect(cleanText(text)).toContain(BODY2);
  });

  it('keeps a repeated prose sentence once', () => {
    expect(cleanText(`${BODY}\n${BODY2}\n${BODY}`)).toBe(`${BODY}\n\n${BODY2}`);
  });
});

describe('page furniture', () => {
  it.each([
    'Share this article',
    'Share on Facebook',
    'Facebook Twitter WhatsApp Email',
    'Subscribe to our newsletter',
    'Sign up for our daily briefing newsletter',
    'Get the latest news in your inbox',
    'We use cookies to improve your experience. By continuing to browse the site you agree to our use of cookies.',
    'Advertisement',
    'Tags: Afghanistan, Russia, NATO',
    'Photo: Reuters',
    'Reporting by Jane Doe; Editing by John Roe',
    'Privacy Policy',
  ])('removes "%s"', (line) => {
    expect(cleanText(`${BODY}\n${line}\n${BODY2}`)).toBe(`${BODY}\n\n${BODY2}`);
  });

  it.each([
    'Lavrov said on Twitter that the subscription fees charged by Western platforms were unfair.',
    'Moscow will not accept cookies from Western diplomats, Zakharova said, recalling a 2013 visit to Kyiv.',
    'Share prices in Moscow fell sharply after the announcement, traders said.',
    'In a podcast interview, the minister said the newsletter had misquoted him.',
    'By Monday, the Taliban had taken control of every border crossing, officials said.',
    'Related to this, the ministry said it would open a new consulate in Mazar-i-Sharif.',
  ])('keeps prose that uses furniture words: %s', (prose) => {
    expect(cleanText(`${BODY}\n${prose}\n${BODY2}`)).toBe(`${BODY}\n\n${prose}\n\n${BODY2}`);
  });

  it('removes breadcrumbs, site-name lines and byline timestamps near the top', () => {
    const text = [
      'UrduPoint.com',
      'Home / WORLD / Ministers meet in Moscow',
      'Umer Jamshaid 4 minutes ago Wed 18th August 2021 | 07:45 PM',
      'By Jane Doe and John Roe',
      BODY,
    ].join('\n');
    expect(cleanText(text)).toBe(BODY);
  });

  it('removes a date banner line', () => {
    expect(cleanText(`Thursday , April 25 2024\n${BODY}`)).toBe(BODY);
  });

  it('keeps prose with a date in it', () => {
    const prose = 'The last US troops left Afghanistan on August 30, 2021, ending a twenty-year war.';
    expect(cleanText(prose)).toBe(prose);
  });
});
