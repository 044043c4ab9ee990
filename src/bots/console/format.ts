// Renders a Reply as plain text for the console: no markup, local file paths shown (the user is local).
import { isAbsolute, relative } from 'node:path';
import { actLabel, quoted, type QuoteItem, type Reply } from '../render.ts';

/** Paths under the working directory are shown relative to it. */
function shortPath(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}

function item(i: QuoteItem): string {
  const who = `${i.speaker}${i.role ? `, ${i.role}` : ''}`;
  const where = i.sources
    .map((s) => [s.outlet, s.url ?? (s.path && shortPath(s.path))].filter(Boolean).join(' '))
    .filter(Boolean)
    .join('; ');
  return `${i.rank}. ${who} (${[i.date ?? 'date unknown', actLabel(i)].filter(Boolean).join(', ')}): ${quoted(i)}\n   — ${where || 'source unknown'}`;
}

/** The whole reply as text lines; `moreHint` tells how to get the next page on this platform. */
export function renderText(reply: Reply, moreHint = '/more'): string {
  const out: string[] = [reply.title];
  for (const section of reply.sections) {
    if (section.heading) out.push('', section.heading);
    for (const line of section.lines ?? []) out.push(`  ${line}`);
    for (const i of section.items ?? []) out.push(item(i));
  }
  if (reply.footer) out.push('', reply.footer);
  if (reply.page?.hasMore) out.push(`More: ${moreHint}`);
  return out.join('\n');
}
