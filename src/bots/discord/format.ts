// Renders a Reply as a Discord message: a title line, embeds (one per quote, or one per section) and
// paging buttons whose custom id carries the page state. Keeps within Discord's limits: 2,000 content
// characters, 10 embeds, 6,000 characters across embeds, 4,096 per description, 256 per title/author/
// field name, 1,024 per field value, 25 fields. Markdown in corpus text is escaped; mentions never ping.
import { ButtonStyle, ComponentType, MessageFlags, type APIActionRowComponent, type APIButtonComponent, type APIEmbed } from 'discord.js';
import { actLabel, encodePage, quoted, truncate, type QuoteItem, type Reply, type Section } from '../render.ts';

export const LIMITS = {
  content: 2000,
  embeds: 10,
  total: 6000,
  description: 4096,
  title: 256,
  author: 256,
  fieldName: 256,
  fieldValue: 1024,
  fields: 25,
  footer: 2048,
  customId: 100,
} as const;

const COLOR = 0x2b6cb0;

/**
 * Escapes Discord markdown: emphasis, code, spoilers, links and mentions anywhere; block quotes,
 * headings and lists at line starts. Linear time (discord.js's escapeMarkdown is quadratic on long
 * runs of backticks or asterisks, and corpus text can contain anything). Discord shows "\\x" as "x".
 */
export function escapeDiscord(text: string): string {
  return text
    .replace(/[\\*_~`|[\]<]/g, '\\$&')
    .replace(/^([ \t]*)([>#-])/gm, '$1\\$2')
    .replace(/^([ \t]*\d+)\./gm, '$1\\.');
}

const escapedLength = (s: string) => escapeDiscord(s).length;

/** Cuts raw text so its escaped form fits `max`, then escapes it. */
export function clipMd(text: string, max: number): string {
  return escapeDiscord(truncate(text, max, escapedLength));
}

function sourcesValue(item: QuoteItem): string {
  const parts: string[] = [];
  for (const s of item.sources) {
    const outlet = s.outlet ? clipMd(s.outlet, 80) : null;
    const title = s.title ? clipMd(s.title, 150) : null;
    const part =
      s.url && s.url.length <= 300
        ? `[${outlet ?? title ?? 'source'}](${s.url.replace(/\)/g, '%29')})`
        : [outlet, title].filter(Boolean).join(': ') || null;
    if (part && !parts.includes(part)) parts.push(part);
  }
  let value = '';
  for (const [i, p] of parts.entries()) {
    const next = value ? `${value}, ${p}` : p;
    if (next.length > LIMITS.fieldValue - 20) return `${value} (+${parts.length - i} more)`;
    value = next;
  }
  return value || 'unknown';
}

/** One quote as one embed: author = speaker and role, description = the quote, fields = date, source. */
export function quoteEmbed(item: QuoteItem): APIEmbed {
  const primary = item.sources.find((s) => s.url) ?? item.sources[0];
  return {
    color: COLOR,
    author: { name: truncate(`${item.rank}. ${item.speaker}${item.role ? ` — ${item.role}` : ''}`, LIMITS.author) },
    description: escapeDiscord(quoted(item, LIMITS.description, escapedLength)),
    fields: [
      { name: 'Date', value: item.date ?? 'unknown', inline: true },
      { name: 'Source', value: sourcesValue(item), inline: true },
      ...(actLabel(item) ? [{ name: 'Reports', value: actLabel(item) as string, inline: true }] : []),
    ],
    ...(primary?.url ? { title: truncate(primary.title ?? primary.outlet ?? 'Source', LIMITS.title), url: primary.url } : {}),
  };
}

/** A section with a heading (a summary group, help) as one embed with a list. */
function sectionEmbed(section: Section): APIEmbed {
  const lines = (section.lines ?? []).map((l) => clipMd(l, 300));
  for (const item of section.items ?? []) {
    const meta = [item.date, item.sources[0]?.outlet].filter(Boolean).join(', ');
    lines.push(`• ${escapeDiscord(quoted(item, 600, escapedLength))}${meta ? ` — *${clipMd(meta, 120)}*` : ''}`);
  }
  let description = '';
  for (const line of lines) {
    if (description.length + line.length + 1 > LIMITS.description - 2) {
      description += '\n…';
      break;
    }
    description += description ? `\n${line}` : line;
  }
  return {
    color: COLOR,
    ...(section.heading ? { title: truncate(section.heading, LIMITS.title) } : {}),
    ...(description ? { description } : {}),
  };
}

/** Characters Discord counts towards the 6,000 total. */
export function embedSize(e: APIEmbed): number {
  return (
    (e.title?.length ?? 0) +
    (e.description?.length ?? 0) +
    (e.author?.name.length ?? 0) +
    (e.footer?.text.length ?? 0) +
    (e.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0)
  );
}

/** Shrinks the longest descriptions (and drops trailing embeds if need be) until the total fits. */
export function fitEmbeds(embeds: APIEmbed[], total: number = LIMITS.total): APIEmbed[] {
  const out = embeds.slice(0, LIMITS.embeds).map((e) => ({ ...e }));
  let size = out.reduce((n, e) => n + embedSize(e), 0);
  while (size > total && out.length > 0) {
    const longest = out.reduce((a, b) => ((b.description?.length ?? 0) > (a.description?.length ?? 0) ? b : a));
    const len = longest.description?.length ?? 0;
    if (len <= 200) {
      size -= embedSize(out.pop() as APIEmbed);
      continue;
    }
    const target = Math.max(200, len - (size - total));
    // Cut at a character boundary of the escaped text, never inside an escape ("\*").
    let cut = truncate(longest.description ?? '', target);
    if (/(^|[^\\])(\\\\)*\\…$/.test(cut)) cut = `${cut.slice(0, -2)}…`;
    longest.description = cut;
    size -= len - cut.length;
  }
  return out;
}

function button(label: string, customId: string): APIButtonComponent {
  return { type: ComponentType.Button, style: ButtonStyle.Secondary, label, custom_id: customId };
}

/** Previous/next buttons; the page state (command, offset, limit, query) is the custom id. */
export function pagingRow(reply: Reply): APIActionRowComponent<APIButtonComponent> | null {
  const page = reply.page;
  if (!page) return null;
  const measure = (s: string) => s.length;
  const buttons: APIButtonComponent[] = [];
  if (page.offset > 0) {
    const id = encodePage(page, Math.max(0, page.offset - page.limit), LIMITS.customId, measure);
    if (id) buttons.push(button('◀ Previous', id));
  }
  if (page.hasMore) {
    const id = encodePage(page, page.offset + page.limit, LIMITS.customId, measure);
    if (id) buttons.push(button('Next ▶', id));
  }
  return buttons.length > 0 ? { type: ComponentType.ActionRow, components: buttons } : null;
}

export interface DiscordMessage {
  content: string;
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIButtonComponent>[];
  allowedMentions: { parse: [] };
  flags?: MessageFlags.Ephemeral;
  /** Attachments (a chart), shown in the embed that names them with attachment://NAME. */
  files?: { attachment: Buffer; name: string; description: string }[];
}

/** A reply with a picture: one embed showing the attachment, the caption as its text. */
function imageMessage(reply: Reply & { image: NonNullable<Reply['image']> }): DiscordMessage {
  const { image } = reply;
  return {
    content: '',
    embeds: [{ color: COLOR, title: truncate(reply.title, LIMITS.title), description: clipMd(image.caption, 1000), image: { url: `attachment://${image.filename}` } }],
    components: [],
    allowedMentions: { parse: [] },
    files: [{ attachment: Buffer.from(image.png), name: image.filename, description: truncate(image.alt, 1024) }],
  };
}

/** The reply as a Discord message payload; `allowedMentions` is always empty so nothing pings. */
export function renderDiscord(reply: Reply): DiscordMessage {
  if (reply.image) return imageMessage({ ...reply, image: reply.image });
  const embeds: APIEmbed[] = [];
  for (const section of reply.sections) {
    if (section.heading || !section.items) embeds.push(sectionEmbed(section));
    else embeds.push(...section.items.map(quoteEmbed));
  }
  const row = pagingRow(reply);
  const content = truncate([`**${clipMd(reply.title, 500)}**`, reply.footer ? `*${clipMd(reply.footer, 500)}*` : ''].filter(Boolean).join('\n'), LIMITS.content);
  return {
    content,
    embeds: fitEmbeds(embeds.filter((e) => embedSize(e) > 0)),
    components: row ? [row] : [],
    allowedMentions: { parse: [] },
    ...(reply.ephemeral ? { flags: MessageFlags.Ephemeral } : {}),
  };
}
