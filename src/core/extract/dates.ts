// The date of a statement: "said on Friday" resolves against the publication date; an explicit date
// in the attribution frame wins; otherwise the publication date. Only the attribution frame is read
// (never the quoted content, where "talks on October 20" is an event, not when it was said).
import { parseDates } from '../ingest/chrono.ts';
import { WEEKDAYS } from './lexicon.ts';

const DAY = 86_400_000;
const VAGUE_PAST = /\b(last (year|month|week|spring|summer|autumn|fall|winter)|(earlier|late|early) (this|last) (year|month)|(months|years|weeks|decades) ago|in (the past|(19|20)\d\d)|(in|since|during) (january|february|march|april|may|june|july|august|september|october|november|december)\b|has (long|repeatedly|often|previously|always) (said|argued|warned|insisted|claimed|maintained|stated)|had (previously|earlier) (said|warned|stated)|once (said|wrote|told)|at the time|back then)\b/i;

function parseIso(iso: string): Date | null {
  const d = new Date(`${iso}T12:00:00Z`);
  return Number.isNaN(d.getTime()) ? null : d;
}

const iso = (d: Date): string => d.toISOString().slice(0, 10);

/** Resolves the statement date from its attribution frame text and the publication date. */
export function statementDate(frame: string, published: string | null): string | null {
  const pub = published ? parseIso(published) : null;
  const lower = frame.toLowerCase();
  if (pub) {
    if (/\byesterday\b/.test(lower)) return iso(new Date(pub.getTime() - DAY));
    if (/\b(today|earlier today|this morning|tonight)\b/.test(lower)) return iso(pub);
    const wd = /\b(?:on|last|this)?\s*(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/.exec(lower);
    if (wd) {
      const want = WEEKDAYS.get(wd[1] as string) as number;
      const back = (pub.getUTCDay() - want + 7) % 7;
      return iso(new Date(pub.getTime() - back * DAY));
    }
  }
  // A past we cannot pin to a day ("said last year", "told a forum in March", "has repeatedly said"):
  // the publication date would be wrong, so the date is unknown.
  if (VAGUE_PAST.test(frame) && !/\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b/i.test(frame)) return null;
  // Explicit dates in the frame ("said on October 8, 2021").
  if (/\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i.test(frame)) {
    const results = parseDates(frame, pub ?? undefined, { forwardDate: false });
    for (const r of results) {
      const c = r.start;
      if (!c.isCertain('month') || !c.isCertain('day')) continue;
      if (!c.isCertain('year') && !pub) continue;
      const d = c.date();
      const out = new Date(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate(), 12));
      if (pub && out.getTime() > pub.getTime() + DAY) out.setUTCFullYear(out.getUTCFullYear() - 1);
      return iso(out);
    }
  }
  return published;
}
