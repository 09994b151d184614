// The token bucket behind the 429s: a burst is allowed, then one request per refill interval,
// each key on its own, with memory bounded however many keys appear.
import { describe, expect, it } from 'vitest';
import { TokenBucketLimiter } from '../../src/security/rateLimiter.js';
import { clientAddress } from '../../src/security/clientAddress.js';
import type { IncomingMessage } from 'node:http';

function clock(start = 1_000_000) {
  let now = start;
  return { now: () => now, advance: (ms: number) => (now += ms) };
}

describe('token bucket rate limiter', () => {
  it('allows a burst of `perMinute`, then refuses with the seconds until the next token', () => {
    const time = clock();
    const limiter = new TokenBucketLimiter({ perMinute: 6, now: time.now });
    const results = Array.from({ length: 7 }, () => limiter.take('a'));
    expect(results.slice(0, 6).every((r) => r.allowed)).toBe(true);
    expect(results[6]).toEqual({ allowed: false, retryAfterSeconds: 10 });
  });

  it('earns requests back at the configured rate, never more than the burst', () => {
    const time = clock();
    const limiter = new TokenBucketLimiter({ perMinute: 60, burst: 2, now: time.now });
    expect([limiter.take('a'), limiter.take('a'), limiter.take('a')].map((r) => r.allowed)).toEqual([true, true, false]);
    time.advance(1_000);
    expect([limiter.take('a'), limiter.take('a')].map((r) => r.allowed)).toEqual([true, false]);
    time.advance(60 * 60_000); // a long pause refills to the burst size, not beyond
    expect([limiter.take('a'), limiter.take('a'), limiter.take('a')].map((r) => r.allowed)).toEqual([true, true, false]);
  });

  it('keeps keys apart', () => {
    const limiter = new TokenBucketLimiter({ perMinute: 1, now: clock().now });
    expect(limiter.take('a').allowed).toBe(true);
    expect(limiter.take('a').allowed).toBe(false);
    expect(limiter.take('b').allowed).toBe(true);
  });

  it('a clock stepping backwards earns nothing', () => {
    const time = clock();
    const limiter = new TokenBucketLimiter({ perMinute: 1, now: time.now });
    limiter.take('a');
    time.advance(-30_000);
    expect(limiter.take('a').allowed).toBe(false);
  });

  it('remembers at most maxKeys keys, forgetting the least recently used', () => {
    const limiter = new TokenBucketLimiter({ perMinute: 1, maxKeys: 100, now: clock().now });
    limiter.take('busy');
    for (let i = 0; i < 1_000; i++) {
      limiter.take(`k${i}`);
      if (i % 10 === 0) limiter.take('busy'); // stays recently used, so stays limited
    }
    expect(limiter.size).toBe(100);
    expect(limiter.take('busy').allowed).toBe(false);
  });

  it('rejects a rate that is not positive', () => {
    expect(() => new TokenBucketLimiter({ perMinute: 0 })).toThrow(RangeError);
  });
});

describe('client address', () => {
  const req = (remoteAddress: string, forwarded?: string) =>
    ({ socket: { remoteAddress }, headers: forwarded === undefined ? {} : { 'x-forwarded-for': forwarded } }) as unknown as IncomingMessage;

  it.each([
    ['the socket address when no proxy is trusted', req('10.0.0.1', '1.1.1.1'), false, '10.0.0.1'],
    ['IPv4-mapped IPv6 as plain IPv4', req('::ffff:127.0.0.1'), false, '127.0.0.1'],
    ['the entry the proxy appended last', req('10.0.0.1', '6.6.6.6, 203.0.113.7'), true, '203.0.113.7'],
    ['the proxy entry without its port', req('10.0.0.1', '203.0.113.7:51234'), true, '203.0.113.7'],
    ['a bracketed IPv6 entry with port', req('10.0.0.1', '[2001:db8::1]:443'), true, '2001:db8::1'],
    ['the socket when the header is empty', req('10.0.0.1', ''), true, '10.0.0.1'],
  ])('uses %s', (_what, request, trustProxy, expected) => {
    expect(clientAddress(request, trustProxy)).toBe(expected);
  });
});
