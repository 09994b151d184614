// Browser-facing security headers, set on every response (harmless on JSON, essential on the
// web chat page). The Content-Security-Policy is as tight as Web Chat allows:
// - scripts only from this server (or the Web Chat CDN when WEBCHAT_FROM_CDN is on): no inline
//   scripts, no eval;
// - inline styles: Web Chat injects its styles as <style> elements at run time;
// - images, fonts, media and workers from blob:/data: too: Web Chat turns inline assets into
//   blob: URLs and probes Web Worker support with a blob: worker;
// - connections to this server (HTTP and WebSocket) and, with DIRECT_LINE=azure, to the Direct
//   Line service;
// - framing only by this site and ALLOWED_ORIGINS (the clinic's website embedding the widget).
import type { IncomingMessage } from 'node:http';
import type { RequestHandler } from 'restify';

export const WEBCHAT_CDN_ORIGIN = 'https://cdn.botframework.com';

export interface SecurityHeaderOptions {
  directLineMode: 'local' | 'azure';
  /** Direct Line service URL (azure mode), e.g. https://directline.botframework.com. */
  directLineEndpoint: string;
  /** Origins allowed to frame the page (ALLOWED_ORIGINS). */
  allowedOrigins: string[];
  webChatFromCdn: boolean;
}

// A CSP source expression for an origin: scheme://host[:port], host may start with "*.".
const ORIGIN_SOURCE = /^https?:\/\/(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)*(:\d{1,5})?$/i;
// A Host header we are willing to echo into the policy.
const HOST = /^([a-z0-9-]+(\.[a-z0-9-]+)*|\[[0-9a-f:.]+\])(:\d{1,5})?$/i;

/** Origins usable in frame-ancestors; anything else (paths, quotes, ';') is left out, never echoed. */
export function frameAncestorSources(allowedOrigins: string[]): string[] {
  return allowedOrigins.map((o) => o.trim().replace(/\/+$/, '')).filter((o) => ORIGIN_SOURCE.test(o));
}

function directLineSources(endpoint: string): string[] {
  try {
    const url = new URL(endpoint);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return [];
    const wsScheme = url.protocol === 'https:' ? 'wss:' : 'ws:';
    return [url.origin, `${wsScheme}//${url.host}`];
  } catch {
    return [];
  }
}

/** The policy for a response to a request that reached us under `host` (the Host header). */
export function contentSecurityPolicy(options: SecurityHeaderOptions, host: string | undefined): string {
  const connect = ["'self'"];
  // 'self' covers ws(s): of the same host only in CSP Level 3 browsers: name them for the others.
  if (host && HOST.test(host)) connect.push(`ws://${host}`, `wss://${host}`);
  if (options.directLineMode === 'azure') connect.push(...directLineSources(options.directLineEndpoint));
  const scripts = ["'self'", ...(options.webChatFromCdn ? [WEBCHAT_CDN_ORIGIN] : [])];
  const directives: [string, string[]][] = [
    ['default-src', ["'self'"]],
    ['script-src', scripts],
    ['style-src', ["'self'", "'unsafe-inline'"]],
    ['img-src', ["'self'", 'data:', 'blob:']],
    ['font-src', ["'self'", 'data:']],
    ['media-src', ["'self'", 'data:', 'blob:']],
    ['worker-src', ["'self'", 'blob:']],
    ['connect-src', connect],
    ['frame-ancestors', ["'self'", ...frameAncestorSources(options.allowedOrigins)]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'self'"]],
    ['form-action', ["'self'"]],
  ];
  return directives.map(([name, sources]) => `${name} ${sources.join(' ')}`).join('; ');
}

/** Header name -> value for one response. */
export function securityHeaders(options: SecurityHeaderOptions, req: Pick<IncomingMessage, 'headers'>): Record<string, string> {
  const headers: Record<string, string> = {
    'Content-Security-Policy': contentSecurityPolicy(options, req.headers.host),
    'X-Content-Type-Options': 'nosniff',
    // Health questions can end up in URLs of linked pages: never leak them onwards.
    'Referrer-Policy': 'no-referrer',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=()',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
  // Older browsers ignore frame-ancestors; X-Frame-Options can only say "this site", so it is
  // sent only when no other site may embed the widget.
  if (frameAncestorSources(options.allowedOrigins).length === 0) headers['X-Frame-Options'] = 'SAMEORIGIN';
  return headers;
}

/** Restify pre-handler setting the headers on every response. */
export function securityHeadersHandler(options: SecurityHeaderOptions): RequestHandler {
  // The headers depend on the Host header only, which is the same on nearly every request:
  // built once per host seen last rather than once per request.
  let lastHost: string | undefined;
  let lastHeaders: [string, string][] = [];
  return (req, res, next) => {
    const host = req.headers.host;
    if (host !== lastHost || lastHeaders.length === 0) {
      lastHeaders = Object.entries(securityHeaders(options, req));
      lastHost = host;
    }
    for (const [name, value] of lastHeaders) res.header(name, value);
    next();
  };
}
