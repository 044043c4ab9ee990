// Typed errors of the digest: bad subscription input (every problem listed) and failed deliveries.

/** `/subscribe` input that cannot be stored; `problems` are short, user-presentable sentences. */
export class SubscriptionInputError extends Error {
  override readonly name = 'SubscriptionInputError';
  readonly problems: readonly string[];
  constructor(problems: readonly string[]) {
    super(problems.join('; '));
    this.problems = problems;
  }
}

/** A part that the platform did not confirm in time. The part may or may not have been posted. */
export class DeliveryTimeoutError extends Error {
  override readonly name = 'DeliveryTimeoutError';
  readonly timeoutMs: number;
  constructor(timeoutMs: number) {
    super(`delivery not confirmed within ${timeoutMs} ms`);
    this.timeoutMs = timeoutMs;
  }
}

/** A digest that could not be delivered completely; it stays pending and is resumed later with the same keys. */
export class DigestDeliveryError extends Error {
  override readonly name = 'DigestDeliveryError';
  readonly subscriptionId: string;
  readonly slot: string;
  readonly part: number;
  constructor(subscriptionId: string, slot: string, part: number, options: { cause?: unknown } = {}) {
    super(`digest ${slot} for ${subscriptionId}: part ${part + 1} not delivered`, options);
    this.subscriptionId = subscriptionId;
    this.slot = slot;
    this.part = part;
  }
}
