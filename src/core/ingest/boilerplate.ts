// Recognisers for the kinds of non-article lines scraped news carries: comment forms, copyright footers,
// teaser blocks, share/subscribe/cookie prompts, breadcrumbs, site-name lines and ads in another script.
// Each recogniser looks at one trimmed line and describes a class of boilerplate, never one site's strings.

/** Ends like a finished sentence (allowing closing quotes/brackets), but not with an ellipsis. */
export function endsSentence(line: string): boolean {
  // /[.!?]["'”’»)\]]*$/: the last character before the closing marks (read from the end: an end-anchored
  // regex tries every position of a long line)
  const at = closersStart(line);
  const c = at > 0 ? line[at - 1] : '';
  return (c === '.' || c === '!' || c === '?') && !endsEllipsis(line);
}

/** Closing quotation marks and brackets after the end of a sentence. */
const CLOSERS = `"'”’»)]`;

/** Where the run of closing marks at the end of `line` begins. */
function closersStart(line: string): number {
  let i = line.length;
  while (i > 0 && CLOSERS.includes(line[i - 1] as string)) i--;
  return i;
}

/** /(?:…|\.\.\.|\[…\]|\[\.\.\.\])["'”’»)\]]*$/, read from the end: an ellipsis, then only closing marks. */
export function endsEllipsis(line: string): boolean {
  const first = closersStart(line);
  // ("]" is a closing mark and ends "[…]": every split of the closing run is tried)
  for (let p = line.length; p >= first; p--) {
    const head = line.slice(0, p);
    if (head.endsWith('…') || head.endsWith('...') || head.endsWith('[…]') || head.endsWith('[...]')) return true;
  }
  return false;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Whether the character at `i` (its code `code`) is a letter or digit; a string is made only outside ASCII. */
function isWordChar(code: number, line: string, i: number): boolean {
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return LETTER_OR_DIGIT.test(line[i] ?? '');
}

/** Number of whitespace-separated tokens holding a letter or digit, counting at most `limit`. */
export function wordCount(line: string, limit = Number.POSITIVE_INFINITY): number {
  let n = 0;
  let inToken = false;
  let counted = false;
  for (let i = 0; i < line.length && n < limit; i++) {
    const code = line.charCodeAt(i);
    if (code === 32 || code === 10 || code === 9 || code === 13) {
      inToken = false;
      continue;
    }
    if (!inToken) {
      inToken = true;
      counted = false;
    }
    if (!counted && isWordChar(code, line, i)) {
      counted = true;
      n++;
    }
  }
  return n;
}

/** A line that reads as article prose: a long enough, finished sentence. */
export function isProse(line: string): boolean {
  return endsSentence(line) && wordCount(line, 8) >= 8;
}

const COMMENT_MARKER =
  /^(?:leave a (?:comment|reply)(?: cancel reply)?|post a comment|add (?:a|your) comment|write a comment|\d+ (?:comments?|responses?|replies)|comments?(?: \(\d+\))?|show comments|view comments|load comments|join the (?:conversation|discussion)|comments are closed|you must be logged in to post a comment|cancel reply)\s*[:.!]?$/i;
const COMMENT_FORM = /^(?:your email address will not be published|required fields are marked|save my name, email)/i;

/** A comment-form line: after it (once the article has started) nothing is article text. */
export function isCommentMarker(line: string): boolean {
  return line.length <= 160 && (COMMENT_MARKER.test(line) || COMMENT_FORM.test(line));
}

const TEASER_HEADING =
  /^(?:check (?:also|this out)|related(?: articles?| stories| posts?| news| coverage| content| reading| topics| links)?|read (?:more|also|next)|also read|see also|more (?:stories|news|articles|headlines|from [\p{L}\p{N} .&'’-]{1,40}|on this (?:story|topic))|you (?:may|might) (?:also )?(?:like|be interested in|have missed)|recommended(?: for you| stories| articles| reading)?|popular(?: posts| stories| now| articles)?|trending(?: now| stories| news)?|most (?:read|popular|viewed|shared)|latest(?: news| stories| posts| articles)?|editor['’]?s picks|don['’]?t miss|top stories|in case you missed it|what to read next|further reading)\s*[:.»›>]*$/iu;

/** A heading that introduces teasers for other articles ("Check Also", "Related", "You may also like"). */
export function isTeaserHeading(line: string): boolean {
  return line.length <= 80 && TEASER_HEADING.test(line);
}

const INLINE_TEASER =
  /^(?:read (?:more|also|next)|also read|see also|related|recommended|more|check also|watch(?: also)?|listen|also see|must read)\s*(?:[:|»›>–—]+|-\s)\s*\S/i;

/** A one-line teaser: "Read more: <other headline>", "ALSO READ | ...". */
export function isInlineTeaser(line: string): boolean {
  return line.length <= 250 && INLINE_TEASER.test(line);
}

/**
 * Teaser items: headlines (no closing punctuation), excerpts cut off with an ellipsis, dates. A finished
 * sentence of four words or more ("It is unacceptable," Lavrov said.) is article text again.
 */
export function isTeaserItem(line: string): boolean {
  return !endsSentence(line) || wordCount(line, 4) < 4;
}

const COPYRIGHT_START = /^(?:©|\(c\)|copyright\b|&copy;)/i;
const RIGHTS = /\ball rights reserved\b/i;

export interface CopyrightInfo {
  readonly year: number | null;
  readonly holder: string | null;
}

/** Reads "© 2022, paradox. All rights reserved." → { year: 2022, holder: "paradox" }; null when not a copyright line. */
export function readCopyright(line: string): CopyrightInfo | null {
  if (line.length > 250) return null;
  if (!COPYRIGHT_START.test(line) && !(RIGHTS.test(line) && /©|copyright/i.test(line))) {
    if (!(RIGHTS.test(line) && line.length <= 120)) return null;
  }
  const years = [...line.matchAll(/\b(?:19|20)\d{2}\b/g)].map((m) => Number(m[0]));
  const year = years.length > 0 ? Math.max(...years) : null;
  let holder = line
    .replace(/^(?:©|\(c\)|copyright\b|&copy;)\s*/i, '')
    .replace(/^(?:©|\(c\))\s*/i, '')
    .replace(/\b(?:19|20)\d{2}\s*(?:[-–—]\s*(?:19|20)?\d{2,4})?/g, '')
    .replace(RIGHTS, '')
    .replace(/^[\s,.:;|–—-]+/, '');
  holder = (holder.split(/[.|;]|\s[-–—]\s/)[0] ?? '').replace(/[\s,:]+$/, '').trim();
  if (holder.length === 0 || holder.length > 60 || wordCount(holder) > 6 || !/\p{L}/u.test(holder)) holder = '';
  return { year, holder: holder || null };
}

const SOCIAL_WORDS = new Set([
  'facebook', 'twitter', 'x', 'whatsapp', 'telegram', 'linkedin', 'pinterest', 'reddit', 'email', 'e-mail', 'mail',
  'print', 'vk', 'viber', 'messenger', 'copy', 'link', 'share', 'tumblr', 'sms', 'skype', 'tiktok', 'instagram',
  'youtube', 'flipboard', 'pocket', 'google', 'tweet', 'url', 'comments', 'comment', 'save',
]);

const SOCIAL_HINT = /facebook|twitter|whatsapp|telegram|linkedin|share|e-?mail|print|reddit|tweet|instagram|youtube|tiktok/i;

const PROMPT_START =
  /^(?:share(?: this| on| via| article| story)?\s*[:!]?$|share (?:this|on|via)\b|tweet\b|pin it\b|email this\b|print(?: this)?(?: article| page| story)?$|follow us\b|follow @|subscribe\b|sign up\b|sign in\b|log ?in\b|register now\b|click here\b|tap here\b|download (?:our|the) app\b|get the app\b|join our\b|like us on\b|advertisement\b|advertising$|sponsored(?: content)?$|scroll to continue|story continues below|continue reading|skip to\b|back to top|loading\.*$|(?:we|this (?:web)?site) uses? cookies|accept (?:all )?cookies|cookie (?:policy|settings|preferences)\b|privacy policy\b|terms (?:of (?:use|service)|and conditions)\b|tags?\s*:|topics?\s*:|filed under\b|categor(?:y|ies)\s*:|(?:file |ap |afp )?photos?\s*:|image\s*:|video\s*:|getty images\b|photo credit\b)/i;

const PROMO_WORD = /\b(?:newsletters?|subscribe|subscription|inbox|podcasts?|app store|google play|push notifications?)\b/i;
const IMPERATIVE = /^(?:get|sign|subscribe|join|enter|receive|want|don['’]?t miss|stay|never miss|be the first|enable|turn on|follow)\b/i;
const COOKIE = /\bcookies?\b/i;
/** Cookie notices talk to the reader about the site. */
const COOKIE_AUDIENCE = /\b(?:we|our|you|your|site|website|browser|experience)\b/i;
const COOKIE_CONTEXT = /\b(?:we use|uses? cookies|accept (?:all )?cookies|cookie (?:policy|settings|preferences)|consent|by (?:continuing|using|clicking)|browsing experience)\b/i;

/** Share bars, subscribe/newsletter prompts, cookie notices, tag lists, photo credits. */
export function isPromptLine(line: string): boolean {
  if (line.length <= 200 && PROMPT_START.test(line)) return true;
  if (line.length <= 400 && COOKIE.test(line) && COOKIE_CONTEXT.test(line) && COOKIE_AUDIENCE.test(line)) return true;
  if (line.length <= 160 && PROMO_WORD.test(line) && (!endsSentence(line) || IMPERATIVE.test(line))) return true;
  if (line.length <= 160 && SOCIAL_HINT.test(line)) {
    const tokens = line
      .toLowerCase()
      .split(/[\s|,·•/]+/)
      .filter((t) => t.length > 0);
    if (tokens.length > 0 && tokens.every((t) => SOCIAL_WORDS.has(t.replace(/[^\p{L}+-]/gu, '')))) return true;
  }
  return false;
}

const CREDIT = /^\(?(?:reporting|writing|editing|additional reporting|compiled|translated|produced|edited|written)(?: and [a-z]+)? by\s+/i;

/** Wire credit lines: "Reporting by Jane Doe; Editing by John Roe". */
export function isCreditLine(line: string): boolean {
  const m = CREDIT.exec(line);
  return m !== null && line.length <= 300 && /^\p{Lu}/u.test(line.slice(m[0].length));
}

const BYLINE_FILLER = /^(?:and|&|of|in|the|de|van|von|al|el|bin|da|staff|reporter|correspondent|writer|editor|news|desk)$/i;

/** "By Jane Doe", "By Jane Doe and John Roe, Reuters": a byline without a date. */
export function isBylineLine(line: string): boolean {
  if (line.length > 100 || !/^[Bb][Yy]\s+\p{Lu}/u.test(line) || (endsSentence(line) && wordCount(line) > 6)) return false;
  const words = line
    .slice(2)
    .split(/[\s,|/·•]+/)
    .filter((w) => w.length > 0);
  return words.length <= 8 && words.every((w) => /^\p{Lu}/u.test(w) || BYLINE_FILLER.test(w));
}

const BREADCRUMB_SEP = /\s+[/>»›|]\s+/;

/** "Home / WORLD / NATO bases …" → its parts; null when the line is not a breadcrumb trail. */
export function readBreadcrumb(line: string): string[] | null {
  if (line.length > 300 || !BREADCRUMB_SEP.test(line)) return null; // (no separator: one part, nothing split)
  const parts = line.split(BREADCRUMB_SEP).map((p) => p.trim());
  if (parts.length < 2 || parts.some((p) => p.length === 0)) return null;
  const first = parts[0] ?? '';
  const startsHome = /^(?:home|homepage|main|start|news|you are here:?\s*home)$/i.test(first);
  if (!startsHome && parts.length < 3) return null;
  // Every crumb but the last is a short section name.
  if (parts.slice(0, -1).some((p) => wordCount(p) > 4 || p.length > 40)) return null;
  return parts;
}

const DOMAIN_LINE = /^(?:https?:\/\/)?(?:www\.)?([\p{L}\d][\p{L}\d-]{0,62})((?:\.[a-z]{2,6}){1,2})\/?$/iu;

/** A lone "UrduPoint.com" line → "UrduPoint"; null otherwise. */
export function readSiteName(line: string): string | null {
  const m = DOMAIN_LINE.exec(line);
  if (!m) return null;
  const name = m[1] ?? '';
  if (!/\p{L}/u.test(name)) return null;
  return name;
}

const LATIN = /\p{Script=Latin}/u;
const LETTER = /\p{L}/u;

/** Counts of Latin and of other-script letters in a string. */
export function scriptCounts(text: string): { latin: number; other: number } {
  let latin = 0;
  let other = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 128) {
      if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) latin++;
      continue;
    }
    const ch = text[i] ?? '';
    if (LATIN.test(ch)) latin++;
    else if (LETTER.test(ch)) other++;
  }
  return { latin, other };
}

/** A line mostly in another script inside a Latin-script document (e.g. a Cyrillic ad in an English article). */
export function isForeignScriptLine(line: string, counts = scriptCounts(line)): boolean {
  const { latin, other } = counts;
  return other >= 3 && other / (latin + other) >= 0.3;
}
