// Digest delivery to Discord: each part (Markdown, at most 2,000 characters, rendered by the digest) is
// posted to the subscribed channel, or to its thread (a thread is a channel of its own), with mentions
// off. The digest's idempotency key (24 characters) is the message nonce with enforce_nonce, so Discord
// itself drops a retried part it already posted. A chart part is a PNG attachment shown in an embed.
import type { DigestDelivery } from '../../digest/model.ts';
import type { DiscordHandle } from './client.ts';

/** Discord's longest nonce. */
const NONCE_MAX = 25;

export function discordDigestDelivery(bot: Pick<DiscordHandle, 'sendMessage'> & Partial<Pick<DiscordHandle, 'sendImage'>>): DigestDelivery {
  const sendImage = bot.sendImage?.bind(bot);
  return {
    async send(subscription, parts, idempotencyKey) {
      const channel = subscription.threadId ?? subscription.channelId;
      for (const [i, content] of parts.entries()) {
        // One part per call is the digest's contract; several still get distinct nonces.
        const nonce = parts.length === 1 ? idempotencyKey : `${idempotencyKey.slice(0, NONCE_MAX - 3)}${String(i).padStart(3, '0')}`;
        await bot.sendMessage(channel, content, { nonce: nonce.slice(0, NONCE_MAX) });
      }
    },
    ...(sendImage
      ? {
          async sendImage(subscription, image, idempotencyKey) {
            await sendImage(subscription.threadId ?? subscription.channelId, image, { nonce: idempotencyKey.slice(0, NONCE_MAX) });
          },
        } satisfies Pick<DigestDelivery, 'sendImage'>
      : {}),
  };
}
