// The bot with its staff page on 127.0.0.1 (in-process, the same createApp as `npm start`), and a
// small cookie-keeping HTTP client that signs in the way a browser does: GET the form, POST it
// with its token, follow nothing automatically.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startTestApp, type TestApp } from '../support/startApp.js';

export const PASSWORD = 'correct horse battery staple';

export interface StaffApp extends TestApp {
  dataDir: string;
}

export async function startStaffApp(env: Record<string, string> = {}): Promise<StaffApp> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'staff-page-'));
  const app = await startTestApp({ env: { DATA_DIR: dataDir, ...env } });
  return {
    ...app,
    dataDir,
    close: async () => {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function addAccount(app: StaffApp, name: string, role: 'staff' | 'admin' = 'staff', password = PASSWORD): Promise<void> {
  await app.app.staff!.auth.createAccount(name, role, password);
}

export interface Reply {
  status: number;
  text: string;
  headers: Headers;
  location: string | null;
}

/** A browser-like client: keeps cookies, reads the page's CSRF token, never follows redirects. */
export class StaffClient {
  readonly cookies = new Map<string, string>();
  csrf = '';

  constructor(
    readonly base: string,
    private readonly extraHeaders: Record<string, string> = {},
  ) {}

  private remember(res: Response): void {
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const eq = pair!.indexOf('=');
      const name = pair!.slice(0, eq);
      const value = pair!.slice(eq + 1);
      if (/Max-Age=0/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  private cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  async request(method: 'GET' | 'POST', pathname: string, form?: Record<string, string | string[]>, headers: Record<string, string> = {}): Promise<Reply> {
    const body = form ? new URLSearchParams(Object.entries(form).flatMap(([k, v]) => (Array.isArray(v) ? v.map((x) => [k, x]) : [[k, v]]))).toString() : undefined;
    const res = await fetch(`${this.base}${pathname}`, {
      method,
      redirect: 'manual',
      headers: {
        ...this.extraHeaders,
        ...(this.cookies.size ? { cookie: this.cookieHeader() } : {}),
        ...(body !== undefined ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
        ...headers,
      },
      body,
    });
    this.remember(res);
    const text = await res.text();
    const token = /name="csrf-token" content="([^"]+)"/.exec(text)?.[1] ?? /name="_csrf" value="([^"]+)"/.exec(text)?.[1];
    if (token) this.csrf = token;
    return { status: res.status, text, headers: res.headers, location: res.headers.get('location') };
  }

  get(pathname: string, headers?: Record<string, string>): Promise<Reply> {
    return this.request('GET', pathname, undefined, headers);
  }

  /** POSTs a form with the current CSRF token unless `_csrf` is given (null: none at all). */
  post(pathname: string, form: Record<string, string | string[]> = {}, { csrf }: { csrf?: string | null } = {}, headers?: Record<string, string>): Promise<Reply> {
    const token = csrf === undefined ? this.csrf : csrf;
    return this.request('POST', pathname, token === null ? form : { _csrf: token, ...form }, headers);
  }

  async signIn(username: string, password = PASSWORD): Promise<Reply> {
    await this.get('/staff/sign-in');
    return this.post('/staff/sign-in', { username, password });
  }
}
