// The mention record every stage passes around, and the one place it is made (one object shape): a speaker phrase's
// kind, name and role words (read by mentions.ts).
import type { Token } from './segment.ts';

export type MentionKind = 'name' | 'pronoun' | 'role' | 'institution' | 'joint';

export interface Mention {
  readonly kind: MentionKind;
  /** The noun phrase as written. */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** Person or institution name carried by the phrase ("Sergey Lavrov", "Russian Foreign Ministry"). */
  readonly name: string | null;
  /** Role words in front of or instead of the name ("Russian Foreign Minister", "top diplomat"). */
  readonly role: string | null;
  /** True when the phrase names an institution rather than a person. */
  readonly institution: boolean;
  readonly plural: boolean;
  /** Member names of a joint mention ("Lavrov and Tleuberdi"). */
  readonly members: readonly Mention[];
}

const NO_MEMBERS: readonly Mention[] = [];

/** Every mention is made here, with its fields in one order: one object shape (object spread was the slowest line). */
export function mention(text: string, start: number, end: number, kind: MentionKind, name: string | null, role: string | null, institution: boolean, plural: boolean, members: readonly Mention[] = NO_MEMBERS): Mention {
  return { text, start, end, members, kind, name, role, institution, plural };
}

/**
 * A source kept as written, its phrase both its text and its role ("early returns", "52 percent of voters", "people
 * surveyed"): what frames build for a phrase that names no one.
 */
export function writtenRole(text: string, start: number, end: number, institution: boolean, plural: boolean): Mention {
  return mention(text, start, end, 'role', null, text, institution, plural);
}

/** A body's name as written ("Royal College of Nursing in Wales"): a name, kept whole. */
export function writtenName(text: string, start: number, end: number): Mention {
  return mention(text, start, end, 'name', text, null, true, false);
}

/** `m` with another text, span or role. */
export const restate = (m: Mention, text: string, start: number, end: number, role: string | null): Mention => mention(text, start, end, m.kind, m.name, role, m.institution, m.plural, m.members);

/** What a reading step gives: a mention, null (no speaker at all), or undefined (not decided here: go on). */
export type Reading = Mention | null | undefined;

/** The phrase being read: its tokens, the document text, the phrase as written and its span. */
export interface Phrase {
  readonly tokens: readonly Token[];
  readonly text: string;
  readonly np: string;
  readonly start: number;
  readonly end: number;
}
