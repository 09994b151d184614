// The request budgets of the chat endpoints, shared by the token endpoint and the local Direct
// Line so that one client has one budget: per client IP, per conversation (token), and for
// opening conversations (each costs memory, and an Azure call in azure mode).
import type { IncomingMessage } from 'node:http';
import { TokenBucketLimiter } from '../../security/rateLimiter.js';
import { HttpError } from './httpResponses.js';

export class RequestLimits {
  readonly perIp: TokenBucketLimiter;
  readonly perConversation: TokenBucketLimiter;
  readonly newConversationsPerIp: TokenBucketLimiter;

  constructor(ratePerMinute: number, now?: () => number) {
    this.perIp = new TokenBucketLimiter({ perMinute: ratePerMinute, now });
    this.perConversation = new TokenBucketLimiter({ perMinute: ratePerMinute, now });
    // A tenth of the request budget, at least 3 a minute.
    this.newConversationsPerIp = new TokenBucketLimiter({ perMinute: Math.max(3, Math.ceil(ratePerMinute / 10)), now });
  }

  /** Spends one request of `key`'s budget or throws 429 with Retry-After. */
  static enforce(limiter: TokenBucketLimiter, key: string): void {
    const result = limiter.take(key);
    if (!result.allowed) {
      throw new HttpError(429, 'Too many requests. Please slow down.', { 'Retry-After': String(result.retryAfterSeconds) });
    }
  }
}

/** The TCP peer. Behind a reverse proxy every client shares the proxy's address (see README). */
export function clientIp(req: IncomingMessage): string {
  return req.socket.remoteAddress ?? 'unknown';
}
