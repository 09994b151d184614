// Which web pages may call the chat endpoints from a browser: the bot's own pages always, other
// sites only when listed in ALLOWED_ORIGINS ("*" allows any, for development only). Requests
// without an Origin header (servers, curl) are not browsers and are not CORS's business.
import type { IncomingMessage, ServerResponse } from 'node:http';

export class OriginPolicy {
  private readonly allowed: Set<string>;
  private readonly any: boolean;

  constructor(allowedOrigins: readonly string[]) {
    this.any = allowedOrigins.includes('*');
    this.allowed = new Set(allowedOrigins.filter((o) => o !== '*').map(normalizeOrigin));
  }

  /** True when the request has no Origin, or its origin is this server's or an allowed one. */
  allows(req: IncomingMessage): boolean {
    const origin = req.headers.origin;
    if (origin === undefined) return true;
    const normalized = normalizeOrigin(origin);
    if (normalized === 'null') return false;
    return this.any || normalized === ownOrigin(req) || this.allowed.has(normalized);
  }

  /** Adds CORS response headers for an allowed cross-origin request. */
  applyHeaders(req: IncomingMessage, res: ServerResponse): void {
    res.setHeader('Vary', 'Origin');
    const origin = req.headers.origin;
    if (origin && this.allows(req)) res.setHeader('Access-Control-Allow-Origin', origin);
  }

  /** Answers a CORS preflight: 204 with the allowed methods and headers, or 403. */
  preflight(req: IncomingMessage, res: ServerResponse): void {
    if (!this.allows(req) || req.headers.origin === undefined) {
      res.writeHead(403, { Vary: 'Origin', 'Content-Length': 0 });
      res.end();
      return;
    }
    res.writeHead(204, {
      Vary: 'Origin',
      'Access-Control-Allow-Origin': req.headers.origin,
      'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
      // DirectLineJS (RxJS ajax) also sends X-Requested-With on every call.
      'Access-Control-Allow-Headers': 'Authorization, Content-Type, x-ms-bot-agent, X-Requested-With',
      'Access-Control-Max-Age': '600',
      'Content-Length': 0,
    });
    res.end();
  }
}

/** The origin this request was addressed to, as the browser sees it (proxies set X-Forwarded-Proto). */
export function ownOrigin(req: IncomingMessage): string {
  return `${requestScheme(req)}://${req.headers.host ?? ''}`.toLowerCase();
}

export function requestScheme(req: IncomingMessage): 'http' | 'https' {
  const forwarded = String(req.headers['x-forwarded-proto'] ?? '').split(',')[0]?.trim().toLowerCase();
  if (forwarded === 'https' || forwarded === 'http') return forwarded;
  return (req.socket as { encrypted?: boolean }).encrypted ? 'https' : 'http';
}

function normalizeOrigin(origin: string): string {
  return origin.trim().replace(/\/+$/, '').toLowerCase();
}
