// Discord sharding across processes: each process connects one shard (DISCORD_SHARD_ID of DISCORD_SHARD_COUNT),
// and Discord sends it the interactions of the guilds on that shard ((guild id >> 22) % count; direct messages go
// to shard 0). Digests do not depend on shards: they are posted over REST, which reaches every channel the bot
// can post in from any process, with the part's nonce; what decides who posts is the digest lease (PostgreSQL).
// Without leases (SQLite) only shard 0 runs the work that must happen once: digests, feed polling and Telegram.

export interface DiscordShard {
  /** 0 … count - 1. */
  readonly id: number;
  readonly count: number;
}

/** The shard a guild's events go to (Discord's formula); null (a direct message) goes to shard 0. */
export function shardOfGuild(guildId: string | null, count: number): number {
  if (guildId === null || !/^\d+$/.test(guildId)) return 0;
  return Number((BigInt(guildId) >> 22n) % BigInt(count));
}

/** "shard 2 of 4" (shards are counted from 0, as Discord does). */
export function describeShard(shard: DiscordShard): string {
  return `shard ${shard.id} of ${shard.count}`;
}

/**
 * Why this process leaves digests, feed polling and Telegram to shard 0, or null when it runs them: a shard other
 * than 0 without leases (SQLite has none) would send every digest once more per shard.
 */
export function leftToShardZero(shard: DiscordShard | null, hasLeases: boolean): string | null {
  if (shard === null || shard.id === 0 || hasLeases) return null;
  return (
    `discord ${describeShard(shard)}: digests, feed polling and Telegram run on shard 0 ` +
    '(on SQLite nothing shares that work out; with DATABASE_URL=postgres://… every shard takes a part of it)'
  );
}
