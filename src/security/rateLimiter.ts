// A token bucket per key (client IP, conversation): each key may spend `burst` requests at once
// and earns them back at `perMinute`. Unlike fixed windows, there is no window edge where twice
// the limit gets through. Memory is bounded: the least recently used keys are forgotten first,
// and a forgotten key is only ever granted what an idle key would have (a full bucket).

export interface TokenBucketOptions {
  /** Sustained requests per minute for one key. */
  perMinute: number;
  /** Requests one key may make at once (bucket size). Default: perMinute. */
  burst?: number;
  /** Keys remembered at most. Default 50 000. */
  maxKeys?: number;
  now?: () => number;
}

export type TakeResult = { allowed: true } | { allowed: false; retryAfterSeconds: number };

interface Bucket {
  tokens: number;
  updatedAt: number;
}

export class TokenBucketLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private readonly capacity: number;
  private readonly tokensPerMs: number;
  private readonly maxKeys: number;
  private readonly now: () => number;

  constructor(options: TokenBucketOptions) {
    if (!(options.perMinute > 0)) throw new RangeError('perMinute must be above 0');
    this.capacity = Math.max(1, options.burst ?? options.perMinute);
    this.tokensPerMs = options.perMinute / 60_000;
    this.maxKeys = Math.max(1, options.maxKeys ?? 50_000);
    this.now = options.now ?? Date.now;
  }

  /** Spends one request for `key`, or says how long until the next one is allowed. */
  take(key: string): TakeResult {
    const now = this.now();
    const bucket = this.refilled(key, now);
    // Re-insert so Map order stays least-recently-used first.
    this.buckets.delete(key);
    this.buckets.set(key, bucket);
    this.forgetOldest();
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { allowed: true };
    }
    const waitMs = (1 - bucket.tokens) / this.tokensPerMs;
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) };
  }

  /** Keys currently remembered (for tests and metrics). */
  get size(): number {
    return this.buckets.size;
  }

  private refilled(key: string, now: number): Bucket {
    const bucket = this.buckets.get(key);
    if (!bucket) return { tokens: this.capacity, updatedAt: now };
    const elapsed = Math.max(0, now - bucket.updatedAt); // a clock step backwards earns nothing
    return { tokens: Math.min(this.capacity, bucket.tokens + elapsed * this.tokensPerMs), updatedAt: now };
  }

  private forgetOldest(): void {
    while (this.buckets.size > this.maxKeys) {
      const oldest = this.buckets.keys().next().value as string;
      this.buckets.delete(oldest);
    }
  }
}
