// What the body says about documents and their issuers: a body's report ("The IMF published its annual report", "a
// report by the GAO"), a letter and whether it was received, a statement's or a readout's issuer ("a readout from the
// White House"). Read once per document by DocumentNames.scan (document-names.ts).
import { CLEAR_OPENERS } from './lexicon.ts';
import { ACCESS_PARTICIPLES, CARRYING_VERBS } from './lexicon-clauses.ts';

// "The IMF published its annual report", "Amnesty International released a report", "a report by the Government
// Accountability Office": a capitalised body (its name may go on over "of", "for", "and", "the") and its report
const BODY = String.raw`((?:the\s+)?\p{Lu}[\p{L}.&'’-]*(?:\s+(?:(?:of|for|and|on|the)\b|\p{Lu}[\p{L}.&'’-]*)){0,6})`;
const REPORT = String.raw`(?:report|study|survey|review|audit|analysis|assessment|inquiry)`;
const ISSUING = String.raw`(?:published|released|issued|put out|said in)\s+(?:its|their|a|an|the)\s`;
const ISSUED_REPORT = new RegExp(String.raw`${BODY}\s+${ISSUING}\s*(?:[\p{L}-]+\s+){0,6}${REPORT}\b`, 'uy');
// (every match has a space, the verb and its determiner in it: only the few places where these stand are tried)
const ISSUING_AT = new RegExp(String.raw`\s${ISSUING}`, 'gu');
const REPORT_BY = new RegExp(String.raw`\b${REPORT}\s+(?:[\p{L}-]+\s+){0,3}?by\s+${BODY}`, 'gu');

const ACCESS_BEFORE_BY = new RegExp(String.raw`\b(?:${[...ACCESS_PARTICIPLES].join('|')})\s+by\s`, 'u');

/** Where a report is introduced and the body that put it out. */
export interface ReportIssuer {
  readonly at: number;
  readonly name: string;
}

/** A letter a text names: where, and whether it is one received. */
export interface LetterMention {
  readonly at: number;
  readonly received: boolean;
  /** Signed by a count of people ("More than 300 staff signed an open letter"): its signers', no one speaker's. */
  readonly signed: boolean;
}

const LETTER_WORD = /\bletters?\b/g;
// ("received a letter", "got a formal letter", "sent him a letter"; not "sent a letter to", "delivered a letter")
const RECEIVED_BEFORE = /\b(?:received|receives|receiving|got|gets|sent\s+(?:him|her|them|us|me))\s+(?:(?:a|an|the)\s+)?(?:[\p{L}-]+\s+){0,2}$/u;

// ("More than 300 faculty and staff members signed an open letter": a count of people signing; not "The British Medical
// Association has written an open letter", "The Reserve Bank of India signed a letter")
// (the count is of the people who signed, right before the verb: not "BHP said it had cut 3,000 jobs and signed a letter")
const SIGNED_BEFORE = /\b(?:\d[\d,]*|hundreds|thousands|dozens|scores)\s+(?:(?:of|and)\s+)?(?:[\p{L}-]+\s+){0,4}?\p{Ll}+s\s+(?:(?:have|had|has)\s+)?signed\s+(?:an?|the)\s+(?:[\p{L}-]+\s+){0,2}$/iu;

/** Each letter a text names, in order, and whether it is one received ("received a letter", "a letter from …"). */
export function letterMentions(text: string): LetterMention[] {
  const out: LetterMention[] = [];
  for (const m of text.matchAll(LETTER_WORD)) {
    const at = m.index as number;
    const end = at + m[0].length;
    const before = text.slice(Math.max(0, at - 40), at);
    out.push({ at, received: RECEIVED_BEFORE.test(before) || /^\s+from\b/u.test(text.slice(end, end + 8)), signed: SIGNED_BEFORE.test(text.slice(Math.max(0, at - 140), at)) });
  }
  return out;
}

/** The issuers of the reports a text introduces, in order of offset. */
export function reportIssuers(text: string): ReportIssuer[] {
  const out: ReportIssuer[] = [];
  for (let m = issuedReport(text, 0); m; m = issuedReport(text, m.index + m[0].length)) out.push(issuer(m));
  // (not whoever obtained or saw it: "according to a report obtained by CBC News")
  for (const m of text.matchAll(REPORT_BY)) if (!ACCESS_BEFORE_BY.test(m[0])) out.push(issuer(m));
  return out.filter((r) => r.name !== '').sort((a, b) => a.at - b.at);
}

// "a readout from the White House", "a statement released by the Ministry of Commerce": a document and its issuer
// (tried, sticky, only where a document's word stands: a Unicode search over the whole text cost ~20 ms on PolNeAR train)
const DOCUMENT_AT = /\b(?:statement|readout|release|communiqu|letter|notice)/g;
// (not an outlet that carried it: "a statement carried by the Korean Central News Agency")
const DOCUMENT_FROM = new RegExp(String.raw`(?:statement|readout|release|communiqu[eé]|letter|notice)\s+(?:(?!(?:${[...CARRYING_VERBS].join('|')})\s)[\p{L}-]+\s+){0,2}?(?:from|by)\s+${BODY}`, 'uy');

/** The bodies a text names as a document's issuer ("a readout from the White House"), by name. */
export function documentIssuers(text: string): Set<string> {
  const out = new Set<string>();
  DOCUMENT_AT.lastIndex = 0;
  for (let v = DOCUMENT_AT.exec(text); v; v = DOCUMENT_AT.exec(text)) {
    DOCUMENT_FROM.lastIndex = v.index;
    const m = DOCUMENT_FROM.exec(text);
    const name = m ? issuer(m).name : '';
    if (name !== '') out.add(name);
  }
  return out;
}

/** A body's name cut where its sentence ends, without its stop: "White House.\n\nThe" → "White House" (not "U.S. Army"). */
function sentenceEnded(name: string): string {
  const words = name.split(/\s+/);
  for (let k = 0; k < words.length; k++) {
    const w = words[k] as string;
    if (w.endsWith('.') && CLEAR_OPENERS.has(words[k + 1] ?? '')) return [...words.slice(0, k), w].join(' ').replace(/\.$/, '');
  }
  return words.join(' ').replace(/\.$/, '');
}

/** "Calgary-based ", "Almaty-based " before a body's capitalised name: where it is based, no part of its name. */
export const BASED_IN = /^[\p{L}.'’-]+-based\s+(?=\p{Lu})/u;

// ("the Almaty-based Steppe Policy Institute": where a body is based is no part of its name; nor the next sentence's
// opening: "a report released by the National Transportation Safety Board.\n\nThe Beechcraft King Air crashed")
const issuer = (m: RegExpMatchArray): ReportIssuer => ({ at: m.index as number, name: issuerName(m[1] as string) });

/**
 * An issuer's name as a pattern read it, cleaned: without its article, where it is based and the next sentence ('' when
 * where it is based is all there is: "by the London-based thinktank ODI" names none here).
 */
// (nor the small words a name may hold, when they end it: "a report by the Auditor General for the year ended …")
export const issuerName = (read: string): string => sentenceEnded(read.replace(/^the\s+/i, '').replace(BASED_IN, '').replace(/(?:\s+(?:of|for|and|on|the))+$/u, '').trim()).replace(/^[\p{L}.'’-]+-based$/u, '');

/**
 * The first match of ISSUED_REPORT from `from` on, as a global search finds it (run at every position, it cost more than
 * the rest of the names): a body is at most eight words of letters, `.&'’-` and spaces, so it is tried only back from
 * each place of ISSUING_AT, at a "t", a capital or beyond ASCII (all else is kept, to be safe), and over ten spaces.
 */
function issuedReport(text: string, from: number): RegExpExecArray | null {
  for (let v = (ISSUING_AT.lastIndex = from, ISSUING_AT.exec(text)); v; ISSUING_AT.lastIndex = v.index + 1, v = ISSUING_AT.exec(text)) {
    let s = v.index;
    for (let runs = 1, right = 32; s > from; s--) {
      const c = text.charCodeAt(s - 1);
      if (c >= 128) continue;
      if (!BODY_CHAR[c] || (SPACE_CHAR[c] && !SPACE_CHAR[right] && ++runs > 10)) break;
      right = c;
    }
    for (let p = s; p < v.index; p++) {
      const c = text.charCodeAt(p);
      if ((c >= 128 && (c < 0xdc00 || c > 0xdfff)) || c === 116 || (c >= 65 && c <= 90)) {
        ISSUED_REPORT.lastIndex = p;
        const m = ISSUED_REPORT.exec(text);
        if (m) return m;
      }
    }
  }
  return null;
}

/** ASCII: the spaces of `\s`; and what a body may hold, letters, `.&'-` and spaces. */
const SPACE_CHAR = Array.from({ length: 128 }, (_, c) => c === 32 || (c >= 9 && c <= 13));
const BODY_CHAR = Array.from({ length: 128 }, (_, c) => SPACE_CHAR[c] || /[A-Za-z.&'-]/.test(String.fromCharCode(c)));
