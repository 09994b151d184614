// The staff page's cookies: HttpOnly, SameSite=Strict, and Secure with the __Host- prefix whenever
// the request came over https (directly, or through a proxy that says so and is trusted:
// TRUST_PROXY, as on Azure App Service). Over plain http (a local test) the cookie is limited to /staff.
import type { IncomingMessage } from 'node:http';

export function isHttps(req: IncomingMessage, trustProxy: boolean): boolean {
  if ((req.socket as { encrypted?: boolean }).encrypted) return true;
  if (!trustProxy) return false;
  const header = req.headers['x-forwarded-proto'];
  const first = (Array.isArray(header) ? header[0] : header)?.split(',')[0]?.trim().toLowerCase();
  return first === 'https';
}

export function readCookies(req: IncomingMessage): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq < 1) continue;
    const name = part.slice(0, eq).trim();
    if (!cookies.has(name)) cookies.set(name, part.slice(eq + 1).trim());
  }
  return cookies;
}

export interface CookieNames {
  session: string;
  signIn: string;
  /** Single sign-on in progress: SameSite=Lax, as it must come back with the provider's redirect. */
  sso: string;
}

export function cookieNames(secure: boolean): CookieNames {
  return secure
    ? { session: '__Host-nordel-staff', signIn: '__Host-nordel-staff-sign-in', sso: '__Host-nordel-staff-sso' }
    : { session: 'nordel-staff', signIn: 'nordel-staff-sign-in', sso: 'nordel-staff-sso' };
}

/** A Set-Cookie value; maxAgeSeconds 0 deletes it. */
export function cookie(name: string, value: string, { secure, maxAgeSeconds, sameSite = 'Strict' }: { secure: boolean; maxAgeSeconds: number; sameSite?: 'Strict' | 'Lax' }): string {
  const parts = [`${name}=${value}`, `Path=${secure ? '/' : '/staff'}`, 'HttpOnly', `SameSite=${sameSite}`, `Max-Age=${maxAgeSeconds}`];
  if (secure) parts.push('Secure');
  return parts.join('; ');
}
