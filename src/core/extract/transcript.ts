// Interview and briefing transcripts: paragraphs that open with a speaker label ("REP. CARLA MENDOZA: …",
// "LAVROV: …"). Each answer is a statement of the labelled speaker, running on over unlabelled paragraphs
// until the next label; a turn that ends in a question is the interviewer's and states nothing itself.

export interface TurnLabel {
  /** The label as a name ("Rep. Carla Mendoza" for "REP. CARLA MENDOZA"). */
  readonly name: string;
  /** Document offset where the turn's words begin, after the colon. */
  readonly contentStart: number;
}

// a transcript quoted whole opens each paragraph with a quotation mark ("“WALLACE: …")
const LABEL = /^[“"‘]?([A-Z][A-Za-z.'’\- ]{1,60}?)\s*:\s+(?=\S)/;
/** Capitalised openers that are page furniture, not speakers ("UPDATE:", "READ MORE:", "Photo:"). */
const NOT_SPEAKERS = /^(update|updated|read|more|read more|watch|photo|photos|video|editor|editor's note|note|correction|related|breaking|also|live|claim|fact|verdict|transcript|source|sources|q|a|caption|credit|warning|analysis|opinion|background|context|why|what|who|when|where|how|the bottom line|bottom line|key points|timeline|see also|advertisement|subscribe|share|tags|topics|updated at)$/i;

function titleCase(label: string): string {
  return label.toLowerCase().replace(/(^|[\s\-'’.])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}

/** The speaker label opening a paragraph, if any: an ALL-CAPS label, or capitalised words ("Lavrov"). */
export function turnLabel(paragraph: string, offset: number): TurnLabel | null {
  const m = LABEL.exec(paragraph);
  if (!m) return null;
  const raw = (m[1] as string).trim();
  const words = raw.split(/\s+/);
  if (words.length > 6 || NOT_SPEAKERS.test(raw)) return null;
  const caps = raw === raw.toUpperCase() && /[A-Z]{2}/.test(raw);
  if (!caps && !words.every((w) => /^[A-Z]/.test(w) || /^(de|van|von|der|al|bin|la|le|da)$/.test(w))) return null;
  return { name: caps ? titleCase(raw) : raw, contentStart: offset + m[0].length };
}

/** Is this document a transcript? At least two labelled paragraphs, by at least one speaker. */
export function isTranscript(labels: readonly (TurnLabel | null)[]): boolean {
  return labels.filter((l) => l !== null).length >= 2;
}
