// The sex of a person as the text gives it: a title or a gendered role word ("Mrs", "spokeswoman"), or a first name
// the lists below or the given-name table know. Unknown (null) unless fairly sure: a pronoun never resolves against it.
import { givenNameGender } from './given-names.ts';
import { remember } from './copies.ts';
import { NAME_PREPOSITIONS } from './lexicon-clauses.ts';
import { FEMALE_HEADS, FEMALE_OFFICES, MALE_HEADS, MALE_OFFICES, RELATION_NOUNS } from './lexicon-nouns.ts';
import { FEMALE_TITLES, MALE_TITLES } from './lexicon.ts';
import { FAMILY_NAME_FIRST } from './speakers.ts';

const FEMALE_NAMES = new Set(
  'elizabeth nancy liz kate karine jen hillary margaret marine ruth kristi nikki kay michelle susan catherine caroline kathy ellen janet ilhan gretchen kirsten amy elise priti yvette suella rachel mette rishi-no carrie heather megan lauren sarah deborah judith alison helen karen sharon meghan ingrid annalena ségolène segolène ann anne jane mary grace rose claire louise jill condoleezza madeleine beth lyn lynn jean joan kim'.split(' '),
);
const MALE_NAMES = new Set(
  'joe donald boris keir rishi vladimir sergey sergei dmitry dmitri yuri yury alexei alexey alexander aleksandr mikhail nikolai nikolay viktor igor oleg andrei andrey ivan pavel peter petr ramzan volodymyr dmytro oleksiy emmanuel olaf xi wang recep benjamin barack george bill john james robert michael william david richard charles thomas christopher daniel paul mark steven kevin brian anthony antony tony jake lloyd ned mike chuck mitch kevin ted marco rand tim josh ron jeff jim tom dick chris nick matt ben sam adam jeremy david ed liam gavin grant sajid dominic michael jacob nigel jeremy theresa-no jens josep charles emmanuel narendra imran shehbaz mukhtar zamir amir ali mohammed muhammad ahmed hassan hossein ebrahim abdullah khalid'.split(' '),
);
const MALE_A_NAMES = new Set('nikita ilya luca joshua jonah sasha mustafa musa isa yahya zakaria hamza osama attila kuleba'.split(' '));

/** Title marks of a text, remembered (the same phrases come back): MALE_TITLE and FEMALE_TITLE bits. */
const titleMarks = new Map<string, number>();
const MALE_TITLE = 1;
const FEMALE_TITLE = 2;

const titleBits = (text: string): number => remember(titleMarks, text, computeTitleBits);

/** The head of a role phrase, before any preposition or participle ("his mother", "a lawyer representing …"). */
function roleHead(text: string): string {
  // ("his mother", "the victim's father", "a businesswoman from Leeds": the phrase's head, before any preposition)
  const words = text.toLowerCase().split(/\s+/);
  // (and before a participle: "a lawyer representing the woman's husband" is the lawyer)
  const prep = words.findIndex((w, k) => k > 0 && (NAME_PREPOSITIONS.has(w) || /^[a-z]{3,}ing$/.test(w)));
  return (prep > 0 ? words[prep - 1] : words[words.length - 1]) ?? '';
}

/** The sex a family tie gives ("Jack's mum", "his widow"; not "Man of the match"); null if none. */
export function headGender(role: string): 'm' | 'f' | null {
  const head = roleHead(role);
  if (!RELATION_NOUNS.has(head)) return null;
  return MALE_HEADS.has(head) ? 'm' : FEMALE_HEADS.has(head) ? 'f' : null;
}

function computeTitleBits(phrase: string): number {
  // ("Mr Devine's wife": a title before a possessive is the owner's, not the one the role is)
  const owned = Math.max(phrase.lastIndexOf("'s "), phrase.lastIndexOf('’s '));
  const text = owned >= 0 ? phrase.slice(owned + 3) : phrase;
  const head = roleHead(text);
  // (the text's runs of word characters, as `\b…\b` would find them)
  // (a title after a preposition is someone else's: "a strategist for Mrs. Clinton", "the wife of Mr. Smith")
  const all = text.split(/\W+/);
  const prep = all.findIndex((w, k) => k > 0 && NAME_PREPOSITIONS.has(w.toLowerCase()));
  const words = prep > 0 ? all.slice(0, prep) : all;
  const has = (titles: ReadonlySet<string>, offices: ReadonlySet<string>): boolean => words.some((w) => titles.has(w) || offices.has(w.toLowerCase()));
  return (has(MALE_TITLES, MALE_OFFICES) || MALE_HEADS.has(head) ? MALE_TITLE : 0) | (has(FEMALE_TITLES, FEMALE_OFFICES) || FEMALE_HEADS.has(head) ? FEMALE_TITLE : 0);
}

/**
 * A woman's office or head word in a role ("the alliance's chairwoman", "a businesswoman from Leeds"): surer than a
 * guess from the first name, unlike a title inside a name ("Queen Mary University Professor John Brennan").
 */
export function womansRole(role: string): boolean {
  return FEMALE_HEADS.has(roleHead(role)) || role.toLowerCase().split(/\W+/).some((w) => FEMALE_OFFICES.has(w));
}

/** The sex a title or a gendered role word in the text gives. */
export function genderFromTitle(text: string): 'm' | 'f' | null {
  const b = titleBits(text);
  return b & MALE_TITLE ? 'm' : b & FEMALE_TITLE ? 'f' : null;
}

/**
 * genderFromTitle(`${role ?? ''} ${written}`), from the two parts: no title or role word can match across the
 * space between them, so the phrase has a mark when either part has it.
 */
export function titledGender(role: string | null, written: string): 'm' | 'f' | null {
  const b = (role ? titleBits(role) : 0) | titleBits(written);
  return b & MALE_TITLE ? 'm' : b & FEMALE_TITLE ? 'f' : null;
}

/** First names borne by men and women alike ("Nor Azizah", "Nur Hisham": Malay ones too), and family names written first (Chinese, Korean). */
const EITHER_NAMES = new Set(
  'kim jordan jean jess blair sasha xi mao wang li zhang liu chen yang huang zhao wu zhou sun lee park choi kang yoon moon han dana andrea nicola robin leslie taylor morgan jamie alex sam pat kelly terry shannon jody casey avery riley quinn drew jesse tracy ashley lynn lindsey carol maxime dominique nor noor nur claude camille'.split(' '),
);

/**
 * Punjabi given names, borne by men and women alike ("Gurpreet", "Harjit", "Rajinder", "Manmeet"; not the Bengali
 * and Hindi men's names in -jit, "Abhijit", "Biswajit"); the surname Kaur says a woman (computeGender).
 */
const PUNJABI_EITHER = /^(?:\p{Ll}{2,}(?:preet|meet|inder|winder)|(?:har|man|jas|sukh|bal|kul|param|amar|kamal|nav|gur)(?:jit|jeet|deep))$/u;

/** Maria as a second given name, which men bear too ("José María Aznar", "Carl Maria von Weber"). */
const MARIAN_NAMES = new Set(['maria', 'maría', 'marie']);

/** Answers of guessGender, remembered (the same few names come back at every mention). */
const genders = new Map<string, 'm' | 'f' | null>();

/** A guess from the first name; unknown (null) unless fairly sure. */
export function guessGender(name: string): 'm' | 'f' | null {
  return remember(genders, name, computeGender);
}

function computeGender(name: string): 'm' | 'f' | null {
  const parts = name.toLowerCase().replace(/\./g, '').split(/\s+/);
  if (parts.length < 2) return null;
  const first = parts[0] as string;
  const last = parts[parts.length - 1] as string;
  // "Nguyen Thi Lan", "Tran Van Minh": a Vietnamese middle name says who
  if (parts.length >= 3 && parts[1] === 'thi' && FAMILY_NAME_FIRST.has(first)) return 'f';
  if (parts.length >= 3 && parts[1] === 'van' && FAMILY_NAME_FIRST.has(first)) return 'm';
  // ("U Thein Lwin", "Daw Khin Myint": a Burmese honorific opening the name; "Siti Hajar binti Abdullah", "Ahmad bin
  // Hassan": a Malay or Arabic patronymic's particle)
  // (the particle between names, not a Chinese given name last: "Li Bin")
  const inner = parts.slice(1, -1);
  if ((parts.length >= 3 && first === 'daw') || inner.includes('binti') || inner.includes('bint')) return 'f';
  if ((parts.length >= 3 && first === 'u') || inner.includes('bin') || inner.includes('ibn')) return 'm';
  // ("Ma Zhenhua", "Kim Jong Un": a Chinese, Korean or Vietnamese family name first says nothing of the sex)
  if (parts.length <= 3 && FAMILY_NAME_FIRST.has(first)) return null;
  // ("Jean Pierre Nsengiyumva": a first name borne by either sex, as languages differ, takes the sex of a second given
  // name; "Rana Shahid Iqbal", "Adi Litia Tuivanua": a second given name of the other sex leaves it unknown, but not a
  // maiden name in -son, "Sheila Jackson Lee", nor Maria after a man's name, "José María Aznar")
  const middle = parts.length >= 3 ? (parts[1] as string) : '';
  const second = middle !== '' && !middle.endsWith('son') && !MARIAN_NAMES.has(middle) ? firstNameGender(middle) : null;
  if (second !== null && EITHER_NAMES.has(first)) return second;
  const given = firstNameGender(first);
  if (second !== null && given !== null && second !== given) return null;
  if (given || EITHER_NAMES.has(first)) return given;
  // ("Gurpreet Kaur": Sikh women's surname)
  if (last === 'kaur') return 'f';
  // (a Russian woman's surname: "Zakharova"; "-aya" only after two consonants, "Tolstaya", "Politkovskaya", not
  // Indonesian "Hadiwijaya" nor Spanish "Anaya")
  if (/(ova|eva|ina|[bcdfghklmnprstvz]{2}aya)$/.test(last)) return 'f';
  return null;
}

/** The sex a first name (lower case) says, when it says one: "bob" → 'm'; "jordan", "kim" → null. */
export function firstNameGender(first: string): 'm' | 'f' | null {
  if (FEMALE_NAMES.has(first)) return 'f';
  if (MALE_NAMES.has(first) || MALE_A_NAMES.has(first)) return 'm';
  if (EITHER_NAMES.has(first) || PUNJABI_EITHER.test(first) || first.length < 2) return null;
  return givenNameGender(first);
}
