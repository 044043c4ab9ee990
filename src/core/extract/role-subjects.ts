// One person named by a role as a sentence's subject ("The president framed the shooting as …"): remembered for the "he"
// or "she" of the next statement, which is then that person's rather than whoever was met before.
import type { DocumentContext } from './coreference.ts';
import { CUE_FORMS } from './lexicon.ts';
import { BE_FORMS } from './lexicon-clauses.ts';
import { personHead } from './speaker-phrase.ts';
import { analyseMention } from './mentions.ts';
import { isVerbLike } from './content-clauses.ts';
import type { Item } from './units.ts';

/** Notes "the <role> <verb> …" opening the clause at `s`, when the role is one person's. */
export function noteRoleSubject(items: readonly Item[], s: number, text: string, ctx: DocumentContext): void {
  if (items[s]?.lower !== 'the') return;
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
