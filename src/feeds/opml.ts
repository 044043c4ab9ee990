// OPML subscription lists (what other feed readers export) → feed URLs with names, nested folders flattened.
import { parseOpml, type Opml } from 'feedsmith';
import { FeedError } from './errors.ts';

export interface OpmlFeed {
  readonly url: string;
  readonly name: string | null;
}

/** Every outline with an xmlUrl, in document order; throws FeedError('malformed') for a broken file. */
export function parseOpmlFeeds(text: string): OpmlFeed[] {
  let doc: Opml.Document<string>;
  try {
    doc = parseOpml(text);
  } catch (cause) {
    throw new FeedError('malformed', `not a readable OPML file: ${(cause as Error).message}`, { cause });
  }
  const found: OpmlFeed[] = [];
  const walk = (outlines: readonly Opml.Outline<string>[] | undefined): void => {
    for (const o of outlines ?? []) {
      if (o.xmlUrl?.trim()) found.push({ url: o.xmlUrl.trim(), name: (o.title ?? o.text)?.trim() || null });
      walk(o.outlines);
    }
  };
  walk(doc.body?.outlines);
  if (!doc.body) throw new FeedError('malformed', 'not an OPML file (no <body>)');
  return found;
}
