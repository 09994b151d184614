// Which address a request comes from, for per-client rate limits. Behind a reverse proxy (Azure
// App Service's front end) every request arrives from the proxy, so the client is the entry the
// proxy appended last to X-Forwarded-For. That header is only believed when configured
// (TRUST_PROXY): anyone reaching the app directly could otherwise pick their own address.
import type { IncomingMessage } from 'node:http';

export function clientAddress(req: IncomingMessage, trustProxy: boolean): string {
  if (trustProxy) {
    const header = req.headers['x-forwarded-for'];
    const forwarded = (Array.isArray(header) ? header.join(',') : header ?? '').split(',');
    const nearest = forwarded[forwarded.length - 1]?.trim();
    if (nearest) return normalise(nearest);
  }
  return normalise(req.socket.remoteAddress ?? 'unknown');
}

/** Drops ports ("1.2.3.4:5678", "[::1]:80") and the IPv4-mapped IPv6 prefix; bounds the length. */
function normalise(address: string): string {
  let a = address.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(a);
  if (bracketed) a = bracketed[1]!;
  else if (/^[\d.]+:\d+$/.test(a)) a = a.slice(0, a.lastIndexOf(':'));
  if (a.toLowerCase().startsWith('::ffff:') && a.includes('.')) a = a.slice(7);
  return a.slice(0, 64).toLowerCase();
}
