// Answers only a user's latest request. Telegram sends an inline query on every keystroke: "L", "La", "Lav" …
// A desk typing at once would keep the bot busy with prefixes nobody looks at any more, so each request is
// numbered in arrival order (Telegram's update_id), the newest number per user is remembered as soon as a request
// is seen — for long polling, when the batch of updates arrives, before any of them is handled — and a request
// that is no longer its user's newest is skipped. Platform-neutral: adapters pass keys and numbers.

export class LatestOnly {
  readonly #newest = new Map<string, number>();
  readonly #max: number;

  /** Remembers up to `max` users (the least recently active are forgotten first). */
  constructor(max = 10_000) {
    this.#max = max;
  }

  /** Records that request `order` of `key` exists (as early as possible). */
  arrive(key: string, order: number): void {
    const known = this.#newest.get(key);
    if (known !== undefined && known >= order) return;
    this.#newest.delete(key);
    this.#newest.set(key, order);
    if (this.#newest.size > this.#max) {
      const oldest = this.#newest.keys().next().value;
      if (oldest !== undefined) this.#newest.delete(oldest);
    }
  }

  /** False once a newer request of the same key has arrived. */
  isLatest(key: string, order: number): boolean {
    const known = this.#newest.get(key);
    return known === undefined || order >= known;
  }
}
