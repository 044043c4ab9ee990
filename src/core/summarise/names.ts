// How a brief names speakers: a person by surname once it is clear who is meant ("Sergey Lavrov" → "Lavrov"), an
// organisation by its full name ("Human Rights Watch", "the Washington Post"), and anything it cannot tell apart
// in full. Never a stray last word of an organisation ("Watch", "Post", "Street").
import { isGivenName } from '../extract/given-names.ts';
import { ORG_WORDS } from '../extract/lexicon.ts';

const NAME_PARTICLE = /^(von|van|der|de|da|di|del|la|le|bin|ibn|al|el|du|dos|das|ben|abu)$/;
const NAME_SUFFIX = /^(Jr|Sr|II|III|IV)\.?,?$/;
/** Organisation heads read with "the" ("the Foreign Ministry", "the Washington Post"); others take none ("Human Rights Watch"). */
const WITH_ARTICLE = new Set(
  `Ministry Department Office Council Committee Commission Agency Service Embassy Government Parliament Party Union Alliance
   Bank Fund Group Institute University Association Federation Foundation Centre Center Bureau Secretariat Coalition Post
   Times Journal Press Court Senate Army Police Administration Campaign Board Authority Network Cabinet Kremlin Pentagon
   Tribunal Assembly Congress Organization Organisation League Movement Front Caucus Conference Society Trust Herald
   Tribune Gazette Telegraph Guardian Observatory Review Monitor Chamber Academy College Directorate Inspectorate Mission
   Delegation Corporation Company`.split(/\s+/),
);

/** Family names written first ("Xi Jinping" is Xi, "Kim Jong Un" is Kim). */
const FAMILY_FIRST = new Set('Xi Li Wang Zhang Liu Chen Yang Zhao Huang Zhou Wu Hu Wen Kim Moon Park Yoon Hun Ma'.split(' '));

export type SpeakerKind = 'person' | 'institution';

/** True when the name reads as an organisation: an organisation word in it, an acronym, or "of" ("Bank of England"). */
export function looksInstitutional(name: string): boolean {
  const words = name.trim().split(/\s+/);
  if (words.length === 1) return /^[A-Z]{2,}$/.test(words[0] ?? '') || ORG_WORDS.has(words[0] ?? '');
  return words.some((w) => ORG_WORDS.has(w) || ORG_WORDS.has(w.replace(/[.,]$/, ''))) || /\s(of|for|on)\s/.test(name) || /^(The|the)\s/.test(name);
}

/** True when the name reads as a person's: two to four capitalised words, the first a known given name. */
export function looksPersonal(name: string): boolean {
  const words = name.trim().split(/\s+/).filter((w) => !NAME_SUFFIX.test(w));
  if (words.length < 2 || words.length > 5) return false;
  if (!words.every((w) => /^\p{Lu}/u.test(w) || NAME_PARTICLE.test(w))) return false;
  const first = (words[0] ?? '').replace(/\.$/, '');
  return (isGivenName(first) || FAMILY_FIRST.has(first)) && !looksInstitutional(name);
}

/** The surname of a person's full name, keeping particles ("von der Leyen") and dropping suffixes ("Jr."). */
function surname(name: string): string {
  const words = name.trim().split(/\s+/).filter((w) => !NAME_SUFFIX.test(w));
  if (words.length >= 2 && FAMILY_FIRST.has(words[0] ?? '') && !/^\p{Lu}\.?$/u.test(words[1] ?? '')) return words[0] as string;
  const particle = words.findIndex((w, i) => i > 0 && NAME_PARTICLE.test(w));
  return particle > 0 ? words.slice(particle).join(' ') : (words[words.length - 1] ?? name);
}

/** An organisation as a sentence would name it: "the Washington Post", "Human Rights Watch", "Reuters". */
function organisation(name: string): string {
  const clean = name.trim();
  if (/^(the|a|an)\s/i.test(clean) || !/^\p{Lu}/u.test(clean)) return clean;
  const words = clean.split(/\s+/);
  const head = words.findIndex((w) => WITH_ARTICLE.has(w));
  const named = head >= 0 && (words.length > 1 || clean === 'Kremlin' || clean === 'Pentagon');
  return named && !/^[A-Z]{2,}$/.test(words[0] ?? '') ? `the ${clean}` : clean;
}

/**
 * The short form of a speaker for a sentence: a person's surname, an organisation's full name with "the" where it
 * takes one, and the name as given when neither is clear. `kind` (from the registry) wins over the guesses.
 */
export function shortSpeaker(name: string, kind?: SpeakerKind): string {
  const clean = name.trim();
  // (a list of three or more, as extraction writes it: "Katrin Vollmer, Etienne Marchal and Tomasz Wierzbicki")
  if (/\s(and|&)\s/.test(clean)) {
    const parts = clean.split(/\s+(?:and|&)\s+|,\s+/).map((n) => shortSpeaker(n, kind));
    return parts.length > 2 ? `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}` : parts.join(' and ');
  }
  if (kind === 'institution' || (kind === undefined && looksInstitutional(clean))) return organisation(clean);
  const words = clean.split(/\s+/).filter((w) => !NAME_SUFFIX.test(w));
  if (words.length < 2) return clean;
  if (kind === 'person' || looksPersonal(clean)) return surname(clean);
  return clean;
}

/**
 * Short forms for a set of speakers: surnames, except where two people share one ("Hillary Clinton" and "Bill
 * Clinton" stay in full).
 */
export function speakerShortNames(names: readonly string[], kindOf?: (name: string) => SpeakerKind | undefined): Map<string, string> {
  const short = new Map<string, string>();
  for (const n of new Set(names)) short.set(n, shortSpeaker(n, kindOf?.(n)));
  const holders = new Map<string, string[]>();
  for (const [full, s] of short) holders.set(s, [...(holders.get(s) ?? []), full]);
  for (const [s, fulls] of holders) if (fulls.length > 1) for (const f of fulls) short.set(f, f === s ? s : organisationOrFull(f, kindOf));
  return short;
}

function organisationOrFull(name: string, kindOf?: (name: string) => SpeakerKind | undefined): string {
  return kindOf?.(name) === 'institution' || looksInstitutional(name) ? organisation(name) : name;
}
