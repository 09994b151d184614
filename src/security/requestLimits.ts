// Limits on what one client can make the bot do, applied to the messages endpoint:
// - before the body is read: compressed bodies are refused (their size is unknown until they are
//   inflated), a declared body over the cap gets 413 at once, and each client address gets a
//   token bucket (429 when empty);
// - after the body is parsed: each conversation gets its own bucket, so one chat cannot flood
//   the bot from many addresses.
// A body without Content-Length that grows over the cap is stopped by the body parser (413).
// Message *text* length is not a transport problem: an over-long message gets a polite reply
// from the bot, not an error status.
import type { Server as HttpServer } from 'node:http';
import type { Next, Request, RequestHandler, Response } from 'restify';
import { clientAddress } from './clientAddress.js';
import { TokenBucketLimiter } from './rateLimiter.js';

export interface RequestLimitOptions {
  /** Paths whose POSTs are limited (the messages endpoint). */
  paths: string[];
  maxBodyBytes: number;
  /** Per conversation, per minute. */
  conversationPerMinute: number;
  /** Per client address, per minute. Channels relay many users from a few addresses, so this is higher. */
  addressPerMinute: number;
  /** Believe X-Forwarded-For (behind Azure App Service's front end). */
  trustProxy: boolean;
  now?: () => number;
}

/** How much higher the per-address limit is than the per-conversation one, by default. */
export const ADDRESS_LIMIT_FACTOR = 10;

export interface RequestLimits {
  /** Runs before routing and body parsing (server.pre). */
  beforeBody: RequestHandler;
  /** Runs after the JSON body parser (server.use). */
  afterBody: RequestHandler;
}

/** The router forgives percent-encoding, trailing and doubled slashes; so must the check (letter case too, to be safe). */
export function canonicalPath(path: string): string {
  let decoded = path;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    // malformed escapes: the router will not match them either
  }
  return decoded.replace(/\/{2,}/g, '/').replace(/\/+$/, '').toLowerCase();
}

function reject(res: Response, next: Next, status: number, code: string, message: string, headers: Record<string, string> = {}) {
  for (const [name, value] of Object.entries(headers)) res.header(name, value);
  res.status(status);
  res.json({ code, message });
  next(false);
}

export function createRequestLimits(options: RequestLimitOptions): RequestLimits {
  const byAddress = new TokenBucketLimiter({ perMinute: options.addressPerMinute, now: options.now });
  const byConversation = new TokenBucketLimiter({ perMinute: options.conversationPerMinute, now: options.now });
  const paths = new Set(options.paths.map(canonicalPath));
  // Nearly every request has the same path: remember the verdict for the last one seen rather
  // than decoding and normalising it again on each request.
  let lastPath: string | undefined;
  let lastLimited = false;
  const isLimitedPath = (path: string): boolean => {
    if (path !== lastPath) {
      lastLimited = paths.has(canonicalPath(path));
      lastPath = path;
    }
    return lastLimited;
  };
  const limited = (req: Request) => req.method === 'POST' && isLimitedPath(req.getPath());

  const beforeBody: RequestHandler = (req, res, next) => {
    if (!limited(req)) return next();
    const encoding = String(req.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
    if (encoding !== 'identity') {
      return reject(res, next, 415, 'UnsupportedMediaType', 'Compressed request bodies are not accepted.');
    }
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > options.maxBodyBytes) {
      return reject(res, next, 413, 'PayloadTooLarge', `The request body is larger than ${options.maxBodyBytes} bytes.`);
    }
    const taken = byAddress.take(clientAddress(req, options.trustProxy));
    if (!taken.allowed) {
      return reject(res, next, 429, 'TooManyRequests', 'Too many requests from this address. Please wait a moment.', {
        'Retry-After': String(taken.retryAfterSeconds),
      });
    }
    next();
  };

  const afterBody: RequestHandler = (req, res, next) => {
    // Routed by now: the route's own path says whether this is the messages endpoint.
    if (req.method !== 'POST' || !isLimitedPath(req.getRoute()?.path?.toString() ?? '')) return next();
    const activity = req.body as { channelId?: unknown; conversation?: { id?: unknown } } | undefined;
    const conversationId = activity?.conversation?.id;
    // Activities without a conversation are refused later as bad requests; nothing to count here.
    if (typeof conversationId !== 'string' || !conversationId) return next();
    const channel = typeof activity?.channelId === 'string' ? activity.channelId.slice(0, 64) : '';
    const taken = byConversation.take(`${channel}\u0000${conversationId.slice(0, 256)}`);
    if (!taken.allowed) {
      return reject(res, next, 429, 'TooManyRequests', 'Too many messages in this conversation. Please wait a moment.', {
        'Retry-After': String(taken.retryAfterSeconds),
      });
    }
    next();
  };

  return { beforeBody, afterBody };
}

export interface RequestTimeouts {
  /** Longest wait for the request headers. */
  headersMs: number;
  /** Longest wait for the whole request (headers and body): slow senders are cut off. */
  requestMs: number;
  /** How long an idle keep-alive connection is kept. */
  keepAliveMs: number;
}

export const DEFAULT_REQUEST_TIMEOUTS: RequestTimeouts = { headersMs: 10_000, requestMs: 30_000, keepAliveMs: 5_000 };

/**
 * How often Node looks for connections past those time-outs. Node's default, 30 s, let a 10 s
 * header time-out run to 40 s; a tenth of the shorter time-out (at most 1 s) keeps the
 * documented numbers within 10 %.
 */
export function connectionsCheckingInterval(timeouts: RequestTimeouts): number {
  return Math.min(1000, Math.max(100, Math.floor(Math.min(timeouts.headersMs, timeouts.requestMs) / 10)));
}

/**
 * Node's own request time-outs, tightened (Node's defaults wait 60 s for headers, 5 min for a
 * request). Call before the server listens: Node starts its checking timer when listening begins,
 * reading connectionsCheckingInterval then (restify creates the HTTP server without options, so
 * the property is the one way to set it).
 */
export function applyRequestTimeouts(server: HttpServer, timeouts: RequestTimeouts = DEFAULT_REQUEST_TIMEOUTS): void {
  // headersTimeout must not exceed requestTimeout (Node rejects that combination).
  server.requestTimeout = timeouts.requestMs;
  server.headersTimeout = Math.min(timeouts.headersMs, timeouts.requestMs);
  server.keepAliveTimeout = timeouts.keepAliveMs;
  (server as HttpServer & { connectionsCheckingInterval: number }).connectionsCheckingInterval = connectionsCheckingInterval(timeouts);
}
