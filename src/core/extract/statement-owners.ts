// Whose words a statement read out by someone else holds: "prosecutor Michael Georgiou read a victim impact statement on
// behalf of Dr Faraday's husband, Nick Faraday, …", "A statement from Miramar Marlins president Tony Lealaiauloto, read
// to the meeting by …": the statement's owner, for a later "the statement said".
import { capitalisedRuns } from './capital-runs.ts';
import { isGivenName } from './given-names.ts';
import { cleanPersonName } from './names.ts';

/** Where a statement's owner is named, and the owner's name. */
export interface StatementOwner {
  readonly at: number;
  readonly name: string;
}

const STATEMENT_AT = /\bstatement\s+(?:on behalf of|from)\s+/gu;
/** The owner's words end at a stop, a colon, a semicolon, a line's end, or a comma before a clause of its own. */
const OWNER_END = /[.;:\n]|,\s+(?:who|which|read|said|says|was|were|had)\b/u;

/** The owners of the statements a text introduces, in order. */
export function statementOwners(text: string): StatementOwner[] {
  const out: StatementOwner[] = [];
  STATEMENT_AT.lastIndex = 0;
  for (let m = STATEMENT_AT.exec(text); m; m = STATEMENT_AT.exec(text)) {
    const from = m.index + m[0].length;
    const rest = text.slice(from, from + 120);
    const cut = OWNER_END.exec(rest);
    const owner = cut ? rest.slice(0, cut.index) : rest;
    // the owner's own name: the last full name in its words ("Dr Faraday's husband, Nick Faraday")
    // (a person's, opening with a given name: a body's statement is its own, read as before)
    let name: string | null = null;
    capitalisedRuns(owner, (run) => {
      const clean = cleanPersonName(run.replace(/['’]s$/u, ''));
      if (clean && clean.includes(' ') && isGivenName(clean.slice(0, clean.indexOf(' ')))) name = clean;
    });
    if (name) out.push({ at: from, name });
  }
  return out;
}
