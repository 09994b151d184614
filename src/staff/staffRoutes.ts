// The front desk's page at /staff, on the bot's own server: sign-in, booking requests (list,
// search, one request, status, notes, CSV), deleting a person's data, what patients ask (charts),
// health and the audit log. Server-rendered HTML with this page's own Content-Security-Policy;
// no personal data in URLs (searches travel in POST bodies) or in logs.
//
// Every response: no-store, no framing, no referrer. Every page but sign-in needs a session;
// every POST needs the session's CSRF token (sign-in: the sign-in form's token, double-submitted
// in a cookie), and a request a browser marks as cross-site is refused outright.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Request, Response, Server } from 'restify';
import { BOOKING_STATUSES, referenceSchema, type BookingStatus } from '../booking/bookingRecord.js';
import { formatCsv } from '../booking/bookingListing.js';
import { MAX_PAGE_SIZE } from '../booking/bookingQuery.js';
import type { BookingQuery, BookingStore } from '../booking/bookingStore.js';
import { startOfDayInZone } from '../booking/clinicTime.js';
import type { InsightEvent } from '../insights/events.js';
import type { Clinic } from '../kb/schema.js';
import type { InsightsKnowledge } from '../kb/serving.js';
import type { Logger } from '../logging/logger.js';
import { cookie, cookieNames, isHttps, readCookies } from './cookies.js';
import { problemsOf, type HealthItem } from './health.js';
import { html, type Html } from './html.js';
import { summarizeInsights } from './insightsSummary.js';
import type { SingleSignOn, SsoPending } from './singleSignOn.js';
import { newToken, sameToken, type ActiveSession, type StaffAuth } from './staffAuth.js';
import { staffAssets } from './staffAssets.js';
import type { AuditEntry } from './staffStore.js';
import { forgetConfirmPage, forgetSearchPage } from './views/forgetPages.js';
import { auditPage, healthPage } from './views/healthAndAudit.js';
import { insightsPage } from './views/insightsPage.js';
import { layout, type Section, type Viewer } from './views/layout.js';
import { requestPage } from './views/requestPage.js';
import { requestRows, requestsPage, filterQuery, type ListFilters } from './views/requestsPage.js';
import { signInPage } from './views/signInPage.js';

export const STAFF_PATH = '/staff';

/** No inline script or style, nothing from another origin, no framing, forms only to this site. */
export const STAFF_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
].join('; ');

const PAGE_SIZE = 50;
const INSIGHTS_DAYS = 30;
const SIGN_IN_TOKEN_SECONDS = 60 * 60;

export interface StaffPageOptions {
  bookings: BookingStore;
  auth: StaffAuth;
  /** Reads insight events (none: the insights page says nothing was recorded). */
  insights?: { read(options?: { since?: Date }): Promise<InsightEvent[]> };
  /** The knowledge base with its phrasings, for the insights page's suggestions. */
  knowledge?: () => Promise<InsightsKnowledge>;
  clinic: Clinic;
  health: () => Promise<HealthItem[]>;
  /** Single sign-on (Entra ID), when configured. */
  sso?: SingleSignOn;
  trustProxy: boolean;
  sessionMaxMs: number;
  auditRetentionDays: number;
  log: Pick<Logger, 'error' | 'warn'>;
  now?: () => Date;
}

type Handler = (req: Request, res: Response) => Promise<void>;

interface Context {
  req: Request;
  res: Response;
  secure: boolean;
  form: URLSearchParams;
  active?: ActiveSession;
  sessionId?: string;
}

function formOf(req: Request): URLSearchParams {
  const body: unknown = req.body;
  if (typeof body === 'string') return new URLSearchParams(body);
  if (body && typeof body === 'object' && !Buffer.isBuffer(body)) {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(body as Record<string, unknown>)) if (typeof value === 'string' || typeof value === 'number') params.set(key, String(value));
    return params;
  }
  return new URLSearchParams();
}

function queryOf(req: IncomingMessage): URLSearchParams {
  return new URL(req.url ?? '/', 'http://staff.invalid').searchParams;
}

function send(res: ServerResponse, status: number, body: string | Html, type = 'text/html; charset=utf-8', headers: Record<string, string> = {}): void {
  const text = String(body);
  res.writeHead(status, { 'Content-Type': type, 'Content-Length': Buffer.byteLength(text), ...headers });
  res.end(text);
}

function redirect(res: ServerResponse, location: string, headers: Record<string, string | string[]> = {}): void {
  res.writeHead(303, { Location: location, 'Content-Length': 0, ...headers });
  res.end();
}

/** Only our own pages: a path under /staff, never another site. */
function safeReturn(value: string | null, fallback: string): string {
  return value && /^\/staff(\/[\w\-./?=&%]*)?$/.test(value) && !value.includes('//') ? value : fallback;
}

function parseDay(value: string | null, timeZone: string, plusDays = 0): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value ?? '');
  return m ? startOfDayInZone(Number(m[1]), Number(m[2]), Number(m[3]) + plusDays, timeZone) : undefined;
}

export function registerStaffPage(server: Server, options: StaffPageOptions): void {
  const { auth, bookings, clinic, log } = options;
  const now = options.now ?? (() => new Date());
  const timeZone = clinic.timeZone;
  const assets = staffAssets();

  const securityHeaders = (res: ServerResponse) => {
    res.setHeader('Content-Security-Policy', STAFF_CSP);
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('X-Frame-Options', 'DENY');
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.setHeader('X-Content-Type-Options', 'nosniff');
  };
  const audit = (actor: string, action: AuditEntry['action'], targets: string[] = [], detail?: string) =>
    auth.store.appendAudit({ at: now().toISOString(), actor, action, targets, ...(detail ? { detail } : {}) });
  const viewerOf = (active: ActiveSession): Viewer => ({ name: active.account.name, role: active.account.role, csrfToken: active.session.csrfToken });
  const page = (ctx: Context, status: number, section: Section, title: string, body: Html, extra: { charts?: boolean } = {}) =>
    send(ctx.res, status, layout({ title, clinicName: clinic.name, assets: assets.urls, section, viewer: ctx.active ? viewerOf(ctx.active) : undefined, body, ...extra }));
  const messagePage = (ctx: Context, status: number, title: string, text: string) =>
    page(ctx, status, 'requests', title, html`<h1>${title}</h1><p>${text}</p><p><a href="/staff/requests">Back to the booking requests</a></p>`);

  /** Wraps a route: headers, session, CSRF, errors. */
  const route = (handler: (ctx: Context) => Promise<void>, { signedIn = true, json = false } = {}): Handler => async (req, res) => {
    securityHeaders(res);
    const secure = isHttps(req, options.trustProxy);
    const cookies = readCookies(req);
    const sessionId = cookies.get(cookieNames(secure).session);
    const ctx: Context = { req, res, secure, form: formOf(req), sessionId };
    try {
      if (req.method === 'POST' && req.headers['sec-fetch-site'] === 'cross-site') {
        send(res, 403, 'Forbidden', 'text/plain; charset=utf-8');
        return;
      }
      ctx.active = await auth.resume(sessionId);
      if (signedIn && !ctx.active) {
        if (json) send(res, 401, JSON.stringify({ error: 'signed-out' }), 'application/json; charset=utf-8');
        else redirect(res, '/staff/sign-in');
        return;
      }
      if (signedIn && req.method === 'POST') {
        const token = ctx.form.get('_csrf') ?? (req.headers['x-csrf-token'] as string | undefined);
        if (!sameToken(token ?? undefined, ctx.active!.session.csrfToken)) {
          send(res, 403, 'This form has expired or did not come from this page. Go back, reload and try again.', 'text/plain; charset=utf-8');
          return;
        }
      }
      await handler(ctx);
    } catch (error) {
      // The path only: it may hold a reference, never a name or phone number.
      log.error({ err: error, path: req.path() }, 'staff page: request failed');
      if (!res.headersSent) send(res, 500, 'Something went wrong. Reload the page; if it keeps happening, tell the clinic\'s IT person.', 'text/plain; charset=utf-8');
    }
  };

  // --- assets ---
  server.get('/staff/assets/:file', async (req: Request, res: Response) => {
    const asset = assets.byName.get(String(req.params?.file ?? ''));
    if (!asset) {
      send(res, 404, 'Not found', 'text/plain; charset=utf-8');
      return;
    }
    res.setHeader('X-Content-Type-Options', 'nosniff');
    await asset.serve(req, res);
  });

  // --- sign-in / sign-out ---
  const signInForm = async (ctx: Context, status: number, error?: string, notice?: string) => {
    const token = newToken();
    const noAccounts = (await auth.store.listAccounts()).length === 0;
    ctx.res.setHeader('Set-Cookie', cookie(cookieNames(ctx.secure).signIn, token, { secure: ctx.secure, maxAgeSeconds: SIGN_IN_TOKEN_SECONDS }));
    const singleSignOn = options.sso ? { label: options.sso.label } : undefined;
    page(ctx, status, 'sign-in', 'Sign in', signInPage({ csrfToken: token, error, notice, noAccounts, ...(singleSignOn ? { singleSignOn } : {}) }));
  };

  const sso = options.sso;
  if (sso) {
    server.get(
      '/staff/sso',
      route(
        async (ctx) => {
          const { url, pending } = await sso.start();
          const value = Buffer.from(JSON.stringify(pending)).toString('base64url');
          redirect(ctx.res, url, { 'Set-Cookie': cookie(cookieNames(ctx.secure).sso, value, { secure: ctx.secure, maxAgeSeconds: 600, sameSite: 'Lax' }) });
        },
        { signedIn: false },
      ),
    );
    server.get(
      '/staff/sso/callback',
      route(
        async (ctx) => {
          const names = cookieNames(ctx.secure);
          const clearSso = cookie(names.sso, '', { secure: ctx.secure, maxAgeSeconds: 0, sameSite: 'Lax' });
          let name: string | undefined;
          try {
            const pending = JSON.parse(Buffer.from(readCookies(ctx.req).get(names.sso) ?? '', 'base64url').toString('utf8')) as SsoPending;
            name = await sso.finish(new URL(ctx.req.url ?? '/', 'http://staff.invalid').search, pending);
          } catch (error) {
            log.warn({ reason: error instanceof Error ? error.message : String(error) }, 'staff page: single sign-on failed');
          }
          const signedIn = name ? await auth.signInVouched(name) : undefined;
          if (!signedIn) {
            const known = name ? await auth.store.getAccount(name) : undefined;
            await audit(known ? known.name : '(unknown)', 'sign-in-failed', known ? [known.name] : [], 'single sign-on');
            ctx.res.setHeader('Set-Cookie', clearSso);
            await signInForm(ctx, 401, name ? 'Your Microsoft account has no active staff account here. Ask the clinic\'s IT person.' : 'Single sign-on did not work. Please try again.');
            return;
          }
          await auth.signOut(ctx.sessionId);
          await audit(signedIn.account.name, 'sign-in', [], 'single sign-on');
          // A page, not a redirect: the Strict session cookie is only sent on a navigation this site starts.
          ctx.res.setHeader('Set-Cookie', [cookie(names.session, signedIn.sessionId, { secure: ctx.secure, maxAgeSeconds: Math.floor(options.sessionMaxMs / 1000) }), clearSso]);
          send(
            ctx.res,
            200,
            html`<!doctype html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="refresh" content="0;url=/staff/requests"><title>Signed in</title></head><body><p><a href="/staff/requests">Signed in: continue to the booking requests</a></p></body></html>`,
          );
        },
        { signedIn: false },
      ),
    );
  }

  server.get('/staff', route(async ({ res }) => redirect(res, '/staff/requests'), { signedIn: false }));
  server.get(
    '/staff/sign-in',
    route(
      async (ctx) => {
        if (ctx.active) return redirect(ctx.res, '/staff/requests');
        const signedOut = queryOf(ctx.req).get('signed-out') === '1';
        await signInForm(ctx, 200, undefined, signedOut ? 'You are signed out.' : undefined);
      },
      { signedIn: false },
    ),
  );
  server.post(
    '/staff/sign-in',
    route(
      async (ctx) => {
        const names = cookieNames(ctx.secure);
        if (!sameToken(ctx.form.get('_csrf') ?? undefined, readCookies(ctx.req).get(names.signIn))) {
          await signInForm(ctx, 403, 'The sign-in form had expired. Please try again.');
          return;
        }
        const username = (ctx.form.get('username') ?? '').slice(0, 64);
        const password = (ctx.form.get('password') ?? '').slice(0, 256);
        const result = await auth.signIn(username, password);
        if (!result.ok) {
          const known = await auth.store.getAccount(username.trim().toLowerCase());
          await audit(known ? known.name : '(unknown)', 'sign-in-failed', known ? [known.name] : [], result.reason);
          const message =
            result.reason === 'locked'
              ? `Too many wrong attempts: signing in is paused until ${new Date(result.lockedUntil!).toLocaleTimeString('en-CA', { timeZone, hour: '2-digit', minute: '2-digit' })}.`
              : 'That user name and password do not match an active account.';
          await signInForm(ctx, 401, message);
          return;
        }
        // Whatever session this browser had before ends here: the new one gets a fresh id.
        await auth.signOut(ctx.sessionId);
        await audit(result.account.name, 'sign-in');
        redirect(ctx.res, '/staff/requests', {
          'Set-Cookie': [
            cookie(names.session, result.sessionId, { secure: ctx.secure, maxAgeSeconds: Math.floor(options.sessionMaxMs / 1000) }),
            cookie(names.signIn, '', { secure: ctx.secure, maxAgeSeconds: 0 }),
          ],
        });
      },
      { signedIn: false },
    ),
  );
  server.post(
    '/staff/sign-out',
    route(async (ctx) => {
      await auth.signOut(ctx.sessionId);
      await audit(ctx.active!.account.name, 'sign-out');
      redirect(ctx.res, '/staff/sign-in?signed-out=1', { 'Set-Cookie': cookie(cookieNames(ctx.secure).session, '', { secure: ctx.secure, maxAgeSeconds: 0 }) });
    }),
  );

  // --- booking requests ---
  const filtersOf = (params: URLSearchParams): ListFilters => {
    // No status: new requests (the morning's list); "all": every status.
    const status = params.get('status') ?? 'new';
    const page = Number(params.get('page') ?? '1');
    const day = (value: string | null) => (value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined);
    return {
      ...(BOOKING_STATUSES.includes(status as BookingStatus) ? { status: status as BookingStatus } : {}),
      ...(day(params.get('from')) ? { from: day(params.get('from')) } : {}),
      ...(day(params.get('to')) ? { to: day(params.get('to')) } : {}),
      ...(params.get('q')?.trim() ? { search: params.get('q')!.trim().slice(0, 100) } : {}),
      page: Number.isInteger(page) && page > 0 ? page : 1,
    };
  };
  const queryFor = (filters: ListFilters, limit = PAGE_SIZE): BookingQuery => ({
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.from ? { from: parseDay(filters.from, timeZone) } : {}),
    ...(filters.to ? { to: parseDay(filters.to, timeZone, 1) } : {}),
    ...(filters.search ? { search: filters.search } : {}),
    limit,
    offset: (filters.page - 1) * limit,
  });
  const describeFilters = (f: ListFilters) => [f.status ? `status=${f.status}` : '', f.from ? `from=${f.from}` : '', f.to ? `to=${f.to}` : '', f.search ? 'search' : ''].filter(Boolean).join(' ') || 'all';

  const showList = async (ctx: Context, filters: ListFilters, notice?: string) => {
    const [result, health] = await Promise.all([bookings.query(queryFor(filters)), options.health().catch(() => [])]);
    await audit(ctx.active!.account.name, filters.search ? 'search' : 'list', [], describeFilters(filters));
    page(ctx, 200, 'requests', 'Booking requests', requestsPage({ viewer: viewerOf(ctx.active!), filters, page: result, pageSize: PAGE_SIZE, timeZone, problems: problemsOf(health), notice }));
  };
  server.get('/staff/requests', route(async (ctx) => showList(ctx, { ...filtersOf(queryOf(ctx.req)), search: undefined })));
  server.post('/staff/requests/search', route(async (ctx) => showList(ctx, { ...filtersOf(ctx.form), page: 1 })));
  // Live updates: the list page asks every few seconds (POST: a search term stays out of the URL).
  server.post(
    '/staff/api/requests',
    route(
      async (ctx) => {
        const filters = filtersOf(ctx.form);
        const result = await bookings.query(queryFor(filters));
        const returnTo = `/staff/requests${filterQuery(filters)}`;
        const rows = requestRows(result.records, viewerOf(ctx.active!), timeZone, returnTo);
        const signature = result.records.map((r) => `${r.reference}:${r.status}`).join(',');
        send(ctx.res, 200, JSON.stringify({ rows: String(rows), counts: result.counts, total: result.total, signature }), 'application/json; charset=utf-8');
      },
      { json: true },
    ),
  );

  const referenceParam = (ctx: Context): string | undefined => {
    const parsed = referenceSchema.safeParse(String(ctx.req.params?.reference ?? '').toUpperCase());
    return parsed.success ? parsed.data : undefined;
  };
  server.get(
    '/staff/requests/:reference',
    route(async (ctx) => {
      const reference = referenceParam(ctx);
      const record = reference ? await bookings.get(reference) : undefined;
      if (!record) return messagePage(ctx, 404, 'No such request', 'It may have been deleted, or the reference is mistyped.');
      await audit(ctx.active!.account.name, 'view', [record.reference]);
      const saved = queryOf(ctx.req).get('saved');
      page(ctx, 200, 'requests', `Request ${record.reference}`, requestPage(record, viewerOf(ctx.active!), timeZone, saved === 'notes' ? 'Notes saved.' : saved === 'status' ? 'Status changed.' : undefined));
    }),
  );
  server.post(
    '/staff/requests/:reference/status',
    route(async (ctx) => {
      const reference = referenceParam(ctx);
      const status = ctx.form.get('status') as BookingStatus;
      if (!reference || !BOOKING_STATUSES.includes(status)) return messagePage(ctx, 400, 'Nothing changed', 'That status change was not understood.');
      const record = await bookings.setStatus(reference, status, now());
      if (!record) return messagePage(ctx, 404, 'No such request', 'It may have been deleted meanwhile.');
      await audit(ctx.active!.account.name, 'status', [reference], `status=${status}`);
      const back = safeReturn(ctx.form.get('return'), `/staff/requests/${reference}`);
      redirect(ctx.res, back === `/staff/requests/${reference}` ? `${back}?saved=status` : back);
    }),
  );
  server.post(
    '/staff/requests/:reference/notes',
    route(async (ctx) => {
      const reference = referenceParam(ctx);
      const notes = (ctx.form.get('notes') ?? '').replace(/\r\n/g, '\n').slice(0, 4000);
      const record = reference ? await bookings.setNotes(reference, notes) : undefined;
      if (!record) return messagePage(ctx, 404, 'No such request', 'It may have been deleted meanwhile.');
      await audit(ctx.active!.account.name, 'notes', [record.reference], `${notes.trim().length} characters`);
      redirect(ctx.res, `/staff/requests/${record.reference}?saved=notes`);
    }),
  );
  server.get(
    '/staff/requests/:reference/delete',
    route(async (ctx) => {
      const reference = referenceParam(ctx);
      const record = reference ? await bookings.get(reference) : undefined;
      if (!record) return messagePage(ctx, 404, 'No such request', 'It may have been deleted already.');
      page(ctx, 200, 'forget', 'Delete a request', forgetConfirmPage(viewerOf(ctx.active!), timeZone, [record]));
    }),
  );

  server.post(
    '/staff/export',
    route(async (ctx) => {
      const filters = { ...filtersOf(ctx.form), page: 1 };
      const records = [];
      for (let offset = 0; ; offset += MAX_PAGE_SIZE) {
        const result = await bookings.query({ ...queryFor(filters, MAX_PAGE_SIZE), offset });
        records.push(...result.records);
        if (result.records.length < MAX_PAGE_SIZE) break;
      }
      await audit(ctx.active!.account.name, 'export', [], `${describeFilters(filters)}; ${records.length} requests`);
      const day = now().toISOString().slice(0, 10);
      send(ctx.res, 200, formatCsv(records, timeZone), 'text/csv; charset=utf-8', { 'Content-Disposition': `attachment; filename="booking-requests-${day}.csv"` });
    }),
  );

  // --- a person's right to be forgotten ---
  server.get('/staff/forget', route(async (ctx) => page(ctx, 200, 'forget', "Delete a person's data", forgetSearchPage(viewerOf(ctx.active!), timeZone))));
  server.post(
    '/staff/forget',
    route(async (ctx) => {
      const search = (ctx.form.get('q') ?? '').trim().slice(0, 100);
      const found = search ? (await bookings.query({ search, limit: 100 })).records : [];
      await audit(ctx.active!.account.name, 'search', found.map((r) => r.reference), 'to delete a person');
      page(ctx, 200, 'forget', "Delete a person's data", forgetSearchPage(viewerOf(ctx.active!), timeZone, { search, records: found }));
    }),
  );
  const chosen = async (ctx: Context) => {
    const references = [...new Set(ctx.form.getAll('reference').map((r) => r.toUpperCase()))].filter((r) => referenceSchema.safeParse(r).success).slice(0, 100);
    return (await Promise.all(references.map((r) => bookings.get(r)))).filter((r) => r !== undefined);
  };
  server.post(
    '/staff/forget/confirm',
    route(async (ctx) => {
      const records = await chosen(ctx);
      if (!records.length) return page(ctx, 200, 'forget', "Delete a person's data", forgetSearchPage(viewerOf(ctx.active!), timeZone, undefined, 'Nothing was ticked: nothing deleted.'));
      page(ctx, 200, 'forget', 'Delete for good?', forgetConfirmPage(viewerOf(ctx.active!), timeZone, records));
    }),
  );
  server.post(
    '/staff/forget/delete',
    route(async (ctx) => {
      const references = (await chosen(ctx)).map((r) => r.reference);
      const removed = await bookings.delete(references);
      await audit(ctx.active!.account.name, 'delete', references, `${removed} deleted`);
      page(ctx, 200, 'forget', "Delete a person's data", forgetSearchPage(viewerOf(ctx.active!), timeZone, undefined, `Deleted ${removed} request${removed === 1 ? '' : 's'} for good: ${references.join(', ')}.`));
    }),
  );

  // --- what patients ask, health, audit ---
  server.get(
    '/staff/insights',
    route(async (ctx) => {
      const since = new Date(now().getTime() - INSIGHTS_DAYS * 24 * 60 * 60 * 1000);
      const [events, recent] = await Promise.all([options.insights?.read({ since }) ?? Promise.resolve([]), bookings.list({ since })]);
      const summary = summarizeInsights(events, recent, { knowledge: await options.knowledge?.(), timeZone, days: INSIGHTS_DAYS, now: now() });
      await audit(ctx.active!.account.name, 'insights');
      page(ctx, 200, 'insights', 'What patients ask', insightsPage(summary), { charts: true });
    }),
  );
  server.get('/staff/health', route(async (ctx) => page(ctx, 200, 'health', 'Health', healthPage(await options.health()))));
  server.get(
    '/staff/audit',
    route(async (ctx) => {
      if (ctx.active!.account.role !== 'admin') return messagePage(ctx, 403, 'Admins only', 'The audit log is for the clinic\'s admins.');
      const pageNumber = Math.max(1, Number(queryOf(ctx.req).get('page')) || 1);
      const { entries, total } = await auth.store.listAudit({ limit: 100, offset: (pageNumber - 1) * 100 });
      await audit(ctx.active!.account.name, 'audit');
      page(ctx, 200, 'audit', 'Audit log', auditPage(entries, total, options.auditRetentionDays, pageNumber, 100));
    }),
  );
}
