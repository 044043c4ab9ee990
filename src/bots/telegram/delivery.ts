// Digest delivery to Telegram: each part (HTML, at most 4,096 characters, rendered by the digest) goes to
// the subscribed chat, or to its forum topic (message_thread_id). Telegram has no idempotency key, so
// this adapter keeps a small record of the keys it sent: a retry of a part that Telegram did confirm
// (the confirmation came after the digest's timeout) is not posted again, and a retry while the first
// try is still in flight waits for that try instead of sending a second message. The record lives in
// memory: after a restart the digest's own bookkeeping (each confirmed part is recorded with its key
// right after Telegram answers) is what prevents repeats. A chart part goes by sendPhoto under the same rules.
import type { DigestDelivery } from '../../digest/model.ts';
import type { TelegramHandle } from './bot.ts';

/** Keys remembered per chat; a digest has a handful of parts, retries come within minutes. */
const KEYS_PER_CHAT = 64;

export function telegramDigestDelivery(bot: Pick<TelegramHandle, 'sendHtml'> & Partial<Pick<TelegramHandle, 'sendPhoto'>>): DigestDelivery {
  const sendPhoto = bot.sendPhoto?.bind(bot);
  const sent = new Map<string, Map<string, Promise<void>>>();

  const once = (chat: string, key: string, post: () => Promise<unknown>): Promise<void> => {
    let keys = sent.get(chat);
    if (!keys) sent.set(chat, (keys = new Map()));
    const known = keys.get(key);
    if (known) return known;
    const attempt = post().then(() => undefined);
    keys.set(key, attempt);
    attempt.catch(() => keys.delete(key)); // not sent: a retry must really send
    while (keys.size > KEYS_PER_CHAT) keys.delete(keys.keys().next().value as string);
    return attempt;
  };

  return {
    async send(subscription, parts, idempotencyKey) {
      const chat = subscription.threadId ? `${subscription.channelId}:${subscription.threadId}` : subscription.channelId;
      for (const [i, html] of parts.entries()) {
        const key = parts.length === 1 ? idempotencyKey : `${idempotencyKey}:${i}`;
        await once(chat, key, () => bot.sendHtml(subscription.channelId, html, { threadId: subscription.threadId }));
      }
    },
    ...(sendPhoto
      ? {
          async sendImage(subscription, image, idempotencyKey) {
            const chat = subscription.threadId ? `${subscription.channelId}:${subscription.threadId}` : subscription.channelId;
            await once(chat, idempotencyKey, () => sendPhoto(subscription.channelId, image, { threadId: subscription.threadId }));
          },
        } satisfies Pick<DigestDelivery, 'sendImage'>
      : {}),
  };
}
