// One person named by a role as a sentence's subject ("The president framed the shooting as …"): remembered for the "he"
// or "she" of the next statement, which is then that person's rather than whoever was met before.
import type { DocumentContext } from './coreference.ts';
import { CUE_FORMS } from './lexicon.ts';
import { BE_FORMS, RELATIVE_PRONOUNS } from './lexicon-clauses.ts';
import { personHead } from './speaker-phrase.ts';
import { analyseMention, isCapitalised } from './mentions.ts';
import { GENERATION_WORD } from './coreference-entity.ts';
import { isVerbLike } from './content-clauses.ts';
import type { Item } from './units.ts';

/** Notes "the <role> <verb> …" opening the clause at `s`, when the role is one person's. */
export function noteRoleSubject(items: readonly Item[], s: number, text: string, ctx: DocumentContext): void {
  if (items[s]?.lower !== 'the') return;
  if (GENERATION_WORD.test(items[s + 1]?.lower ?? '')) return noteGenerationSubject(items, s, text, ctx);
  for (let h = s + 1; h < items.length && h - s <= 3; h++) {
    const t = items[h] as Item;
    if (!t.word || /^\p{Lu}/u.test(t.text)) return;
    const verb = items[h + 1];
    if (!verb?.word || !isVerbLike(verb) || CUE_FORMS.has(verb.lower) || BE_FORMS.has(verb.lower)) continue;
    const phrase = items.slice(s, h + 1);
    if (!personHead(phrase)) return;
    const m = analyseMention(phrase, text);
    if (m && m.kind === 'role' && !m.plural && !m.institution) ctx.noteRoleSubject(m);
    return;
  }
}

/** "In a chapter on …, the elder Tillotson recalls …": one of a family, told apart by generation, as the subject. */
function noteGenerationSubject(items: readonly Item[], s: number, text: string, ctx: DocumentContext): void {
  let e = s + 2;
  while (e < items.length && e - s < 6 && isCapitalised(items[e] as Item)) e++;
  const verb = items[e];
  // (its verb: "recalls", "laughed"; not "the elder Tillotson and his wife", "the younger Hill, who …")
  if (e === s + 2 || !verb?.word || !/^\p{Ll}/u.test(verb.text) || RELATIVE_PRONOUNS.has(verb.lower) || verb.lower === 'and' || verb.lower === 'of') return;
  const m = analyseMention(items.slice(s, e), text);
  if (m && m.kind === 'name' && !m.institution) ctx.noteMention(m, true);
}

/** "Her daughter Mai, 10, read a letter": the relative named by given name alone, with the relation as role. */
export function noteRelativeByGivenName(items: readonly Item[], s: number, n: number, text: string, ctx: DocumentContext): void {
  const m = analyseMention([items[n] as Item], text);
  if (m && m.kind === 'name' && !m.institution) ctx.noteMention({ ...m, role: (items[s + 1] as Item).lower }, true);
}
