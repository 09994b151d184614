// The request budgets of the chat endpoints, shared by the token endpoint and the local Direct
// Line so that one client has one budget: per client (IPv4 address or IPv6 /64), per
// conversation (token), and for opening conversations (each costs memory, and an Azure call in
// azure mode).
import type { IncomingMessage } from 'node:http';
import { clientAddress } from '../../security/clientAddress.js';
import { TokenBucketLimiter } from '../../security/rateLimiter.js';
import { clientBlock } from './clientBlock.js';
import { HttpError } from './httpResponses.js';

export class RequestLimits {
  readonly perIp: TokenBucketLimiter;
  readonly perConversation: TokenBucketLimiter;
  readonly newConversationsPerIp: TokenBucketLimiter;

  /** `trustProxy`: the client is the address a trusted reverse proxy put in X-Forwarded-For (TRUST_PROXY). */
  constructor(
    ratePerMinute: number,
    private readonly trustProxy = false,
    now?: () => number,
  ) {
    this.perIp = new TokenBucketLimiter({ perMinute: ratePerMinute, now });
    this.perConversation = new TokenBucketLimiter({ perMinute: ratePerMinute, now });
    // A tenth of the request budget, at least 3 a minute.
    this.newConversationsPerIp = new TokenBucketLimiter({ perMinute: Math.max(3, Math.ceil(ratePerMinute / 10)), now });
  }

  /**
   * The client a request's budget belongs to: the address the /api/messages limits use, with IPv6
   * counted per /64 (clientBlock.ts).
   */
  clientOf(req: IncomingMessage): string {
    return clientBlock(clientAddress(req, this.trustProxy));
  }

  /** Spends one request of `key`'s budget or throws 429 with Retry-After. */
  static enforce(limiter: TokenBucketLimiter, key: string): void {
    const result = limiter.take(key);
    if (!result.allowed) {
      throw new HttpError(429, 'Too many requests. Please slow down.', { 'Retry-After': String(result.retryAfterSeconds) });
    }
  }
}

