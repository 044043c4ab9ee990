// The date of a statement: "said on Friday" resolves against the publication date; an explicit date
// in the attribution frame wins; otherwise the publication date. Only the attribution frame is read
// (never the quoted content, where "talks on October 20" is an event, not when it was said).
import { parseDates } from '../ingest/chrono.ts';
import { WEEKDAYS } from './lexicon.ts';

const DAY = 86_400_000;
const VAGUE_PAST = /\b(last (year|month|week|spring|summer|autumn|fall|winter)|(earlier|late|early) (this|last) (year|month)|(months|years|weeks|decades) ago|in (the past|(19|20)\d\d)|(in|since|during) (january|february|march|april|may|june|july|august|september|october|november|december)\b|has (long|repeatedly|often|previously|always) (said|argued|warned|insisted|claimed|maintained|stated)|had (previously|earlier) (said|warned|stated)|once (said|wrote|told)|at the time|back then)\b/i;

function parseIso(iso: string): Date | null {
  // (a document's statements share its date: the string is read once, not for every statement)
  if (iso !== lastIso) {
    lastIso = iso;
    lastTime = new Date(`${iso}T12:00:00Z`).getTime();
  }
  return Number.isNaN(lastTime) ? null : new Date(lastTime);
}

let lastIso: string | null = null;
let lastTime = Number.NaN;

const iso = (d: Date): string => d.toISOString().slice(0, 10);

/** Resolves the statement date from its attribution frame text and the publication date. */
export function statementDate(frame: string, published: string | null): string | null {
  const pub = published ? parseIso(published) : null;
  const lower = frame.toLowerCase();
  if (pub) {
    // (each pattern only when the frame holds a word it needs: most frames hold none)
    if (lower.includes('yesterday') && /\byesterday\b/.test(lower)) return iso(new Date(pub.getTime() - DAY));
    if ((lower.includes('today') || lower.includes('this morning') || lower.includes('tonight')) && /\b(today|earlier today|this morning|tonight)\b/.test(lower)) return iso(pub);
    const wd = lower.includes('day') ? /\b(?:on|last|this)?\s*(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/.exec(lower) : null;
    if (wd) {
      const want = WEEKDAYS.get(wd[1] as string) as number;
      const back = (pub.getUTCDay() - want + 7) % 7;
      return iso(new Date(pub.getTime() - back * DAY));
    }
  }
  // A past we cannot pin to a day ("said last year", "told a forum in March", "has repeatedly said"):
  // the publication date would be wrong, so the date is unknown.
  // (a day of the month needs a digit: without one neither date pattern below can match)
  const digit = /[0-9]/.test(frame);
  if (VAGUE_PAST.test(frame) && !(digit && /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b/i.test(frame))) return null;
  // Explicit dates in the frame ("said on October 8, 2021").
  if (digit && /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i.test(frame)) {
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
