// The Content-Security-Policy and friends: tight enough to stop injected scripts and framing by
// strangers, loose enough for Web Chat (inline styles, blob: assets, its Direct Line connection).
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, securityHeaders, securityHeadersHandler, type SecurityHeaderOptions } from '../../src/security/securityHeaders.js';

const local: SecurityHeaderOptions = {
  directLineMode: 'local',
  directLineEndpoint: 'https://directline.botframework.com',
  allowedOrigins: [],
  webChatFromCdn: false,
};

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((d) => {
      const [name, ...sources] = d.trim().split(/\s+/);
      return [name!, sources];
    }),
  );
}

describe('content security policy', () => {
  it('local Direct Line: scripts from this server only, inline styles, connections to this host (HTTP and WebSocket)', () => {
    const csp = directives(contentSecurityPolicy(local, 'bot.example.ca'));
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(csp.get('connect-src')).toEqual(["'self'", 'ws://bot.example.ca', 'wss://bot.example.ca']);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'self'"]);
    expect(csp.get('img-src')).toContain('blob:');
    expect(csp.get('worker-src')).toContain('blob:');
    expect(contentSecurityPolicy(local, 'x')).not.toMatch(/unsafe-eval/);
  });

  it('azure Direct Line: the regional Direct Line endpoint is reachable over HTTPS and WebSocket', () => {
    const csp = directives(
      contentSecurityPolicy({ ...local, directLineMode: 'azure', directLineEndpoint: 'https://europe.directline.botframework.com/v3/directline' }, 'bot.example.ca'),
    );
    expect(csp.get('connect-src')).toEqual(
      expect.arrayContaining(['https://europe.directline.botframework.com', 'wss://europe.directline.botframework.com']),
    );
  });

  it('Web Chat from the CDN: that origin, and no other, may serve scripts', () => {
    const csp = directives(contentSecurityPolicy({ ...local, webChatFromCdn: true }, undefined));
    expect(csp.get('script-src')).toEqual(["'self'", 'https://cdn.botframework.com']);
  });

  it('only ALLOWED_ORIGINS that are plain origins may frame the page; anything else is never echoed', () => {
    const policy = contentSecurityPolicy(
      {
        ...local,
        allowedOrigins: ['https://nordelphysio.example', 'https://*.clinic.example/', "https://evil.example; script-src 'unsafe-inline'", 'javascript:alert(1)'],
      },
      'bot.example.ca',
    );
    expect(directives(policy).get('frame-ancestors')).toEqual(["'self'", 'https://nordelphysio.example', 'https://*.clinic.example']);
    expect(policy).not.toMatch(/evil|javascript/);
  });

  it.each([
    ['a header-injection attempt', 'bot.example.ca\r\nSet-Cookie: a=b'],
    ['a quote', "bot.example.ca'"],
    ['a path', 'bot.example.ca/x'],
  ])('a Host header with %s is not copied into connect-src', (_what, host) => {
    expect(directives(contentSecurityPolicy(local, host)).get('connect-src')).toEqual(["'self'"]);
  });
});

describe('security headers', () => {
  it('always: no MIME sniffing, no referrer, no camera/microphone/location', () => {
    const headers = securityHeaders(local, { headers: { host: 'localhost:3978' } });
    expect(headers).toMatchObject({
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Permissions-Policy': expect.stringContaining('microphone=()'),
    });
  });

  it('X-Frame-Options SAMEORIGIN when no other site may embed the widget, none when one may', () => {
    expect(securityHeaders(local, { headers: {} })['X-Frame-Options']).toBe('SAMEORIGIN');
    expect(securityHeaders({ ...local, allowedOrigins: ['https://nordelphysio.example'] }, { headers: {} })['X-Frame-Options']).toBeUndefined();
  });
});

describe('securityHeadersHandler', () => {
  /** The headers the handler sets on one response to a request with this Host header. */
  function headersFor(handler: ReturnType<typeof securityHeadersHandler>, host: string | undefined): Record<string, string> {
    const set: Record<string, string> = {};
    const req = { headers: host === undefined ? {} : { host } };
    const res = { header: (name: string, value: string) => (set[name] = value) };
    let nexted = false;
    (handler as unknown as (req: unknown, res: unknown, next: () => void) => void)(req, res, () => (nexted = true));
    expect(nexted).toBe(true);
    return set;
  }

  it('each response carries the headers for its own Host, also when hosts alternate', () => {
    const handler = securityHeadersHandler(local);
    for (const host of [undefined, 'a.example.ca', 'a.example.ca', 'b.example.ca', undefined, 'a.example.ca']) {
      const set = headersFor(handler, host);
      expect(set).toEqual(securityHeaders(local, { headers: host === undefined ? {} : { host } }));
      expect(set['X-Content-Type-Options']).toBe('nosniff');
    }
  });
});
