// The staff page over real HTTP on 127.0.0.1 (the bot's own server): who gets in, what a
// signed-out visitor, a wrong password, an expired session, a missing CSRF token or a disabled
// account get (nothing), the cookie flags with and without https behind a trusted proxy, no
// session fixation, the page's own CSP, and an audit log with every view, export, change and
// deletion in it and none of the personal data.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openClinicDatabase } from '../../src/database/clinicDatabase.js';
import { sampleBooking } from '../booking/sampleBooking.js';
import { addAccount, StaffClient, startStaffApp, type StaffApp } from './staffClient.js';

let app: StaffApp;
const PERSON = sampleBooking({ reference: 'NPC-SECRET', name: 'Harpreet Gill', phone: '+16045550199', createdAt: new Date().toISOString() });

beforeAll(async () => {
  app = await startStaffApp();
  await addAccount(app, 'reception');
  await addAccount(app, 'manager', 'admin');
  await addAccount(app, 'leaver');
  await app.app.booking.store.add(PERSON);
}, 60_000);
afterAll(async () => {
  await app?.close();
});

const PAGES = ['/staff/requests', '/staff/requests?status=all', `/staff/requests/${PERSON.reference}`, '/staff/forget', '/staff/insights', '/staff/health', '/staff/audit'];

function backdateSessions(column: 'last_seen_at' | 'created_at', iso: string) {
  const db = openClinicDatabase(app.dataDir);
  try {
    db.prepare(`UPDATE staff_sessions SET ${column} = ?`).run(iso);
  } finally {
    db.close();
  }
}

describe('the staff page keeps everyone else out', () => {
  it.each(PAGES)('a signed-out visitor asking for %s is sent to sign in and sees nothing', async (page) => {
    const res = await new StaffClient(app.url).get(page);
    expect(res.status).toBe(303);
    expect(res.location).toBe('/staff/sign-in');
    expect(res.text).toBe('');
  });

  it.each([
    ['/staff/api/requests', 401],
    ['/staff/export', 303],
    [`/staff/requests/${PERSON.reference}/status`, 303],
    ['/staff/forget/delete', 303],
  ])('a signed-out POST to %s gets %i and changes nothing', async (page, status) => {
    const res = await new StaffClient(app.url).post(page, { status: 'handled', reference: PERSON.reference });
    expect(res.status).toBe(status);
    expect(res.text).not.toContain('Harpreet');
    expect((await app.app.booking.store.get(PERSON.reference))?.status).toBe('new');
  });

  it('a wrong password gets the form again, no session cookie, and nothing from the list', async () => {
    const client = new StaffClient(app.url);
    const res = await client.signIn('reception', 'not the password at all');
    expect(res.status).toBe(401);
    expect(res.text).toContain('do not match');
    expect([...client.cookies.keys()].some((name) => name.endsWith('nordel-staff'))).toBe(false);
    expect((await client.get('/staff/requests')).location).toBe('/staff/sign-in');
  });

  it('signs in with the right password and shows the new requests', async () => {
    const client = new StaffClient(app.url);
    const res = await client.signIn('reception');
    expect(res.status).toBe(303);
    expect(res.location).toBe('/staff/requests');
    const list = await client.get('/staff/requests');
    expect(list.status).toBe(200);
    expect(list.text).toContain('Harpreet Gill');
    expect(list.text).toContain(PERSON.reference);
  });

  it('a sign-in form posted without its token (another site, or a stale page) is refused', async () => {
    const client = new StaffClient(app.url);
    await client.get('/staff/sign-in');
    const res = await client.post('/staff/sign-in', { username: 'reception', password: 'correct horse battery staple' }, { csrf: 'forged' });
    expect(res.status).toBe(403);
    expect(res.location).toBeNull();
  });

  it.each([
    ['no token', null],
    ['a wrong token', 'x'.repeat(43)],
  ])('a state-changing request with %s is refused and changes nothing', async (_what, csrf) => {
    const client = new StaffClient(app.url);
    await client.signIn('reception');
    const res = await client.post(`/staff/requests/${PERSON.reference}/status`, { status: 'handled' }, { csrf });
    expect(res.status).toBe(403);
    const notes = await client.post(`/staff/requests/${PERSON.reference}/notes`, { notes: 'forged' }, { csrf });
    expect(notes.status).toBe(403);
    const gone = await client.post('/staff/forget/delete', { reference: PERSON.reference }, { csrf });
    expect(gone.status).toBe(403);
    expect(await app.app.booking.store.get(PERSON.reference)).toMatchObject({ status: 'new' });
    expect((await app.app.booking.store.get(PERSON.reference))?.notes).toBeUndefined();
  });

  it('a request a browser marks as cross-site is refused even with a valid token', async () => {
    const client = new StaffClient(app.url);
    await client.signIn('reception');
    const res = await client.post(`/staff/requests/${PERSON.reference}/status`, { status: 'handled' }, {}, { 'sec-fetch-site': 'cross-site' });
    expect(res.status).toBe(403);
  });

  it.each([
    ['idle past the time-out', 'last_seen_at' as const],
    ['past the absolute time-out', 'created_at' as const],
  ])('a session %s gets nothing and is deleted on the server', async (_what, column) => {
    const client = new StaffClient(app.url);
    await client.signIn('reception');
    expect((await client.get('/staff/requests')).status).toBe(200);
    backdateSessions(column, '2000-01-01T00:00:00.000Z');
    const res = await client.get('/staff/requests');
    expect(res.status).toBe(303);
    expect(res.location).toBe('/staff/sign-in');
    const api = await client.post('/staff/api/requests', {});
    expect(api.status).toBe(401);
  });

  it("a disabled account's open session ends at once and it cannot sign in again", async () => {
    const client = new StaffClient(app.url);
    await client.signIn('leaver');
    expect((await client.get('/staff/requests')).status).toBe(200);
    await app.app.staff!.auth.setDisabled('leaver', true);
    expect((await client.get('/staff/requests')).location).toBe('/staff/sign-in');
    expect((await new StaffClient(app.url).signIn('leaver')).status).toBe(401);
  });

  it('sign-out ends the session on the server: the old cookie replayed gets nothing', async () => {
    const client = new StaffClient(app.url);
    await client.signIn('reception');
    await client.get('/staff/requests');
    const stolen = new Map(client.cookies);
    const out = await client.post('/staff/sign-out');
    expect(out.location).toBe('/staff/sign-in?signed-out=1');
    const replay = new StaffClient(app.url);
    for (const [k, v] of stolen) replay.cookies.set(k, v);
    expect((await replay.get('/staff/requests')).location).toBe('/staff/sign-in');
  });

  it('no session fixation: a session id planted before sign-in is never the one after it, nor usable', async () => {
    const client = new StaffClient(app.url);
    client.cookies.set('nordel-staff', 'planted-by-an-attacker');
    await client.signIn('reception');
    const issued = client.cookies.get('nordel-staff');
    expect(issued).toMatch(/^[\w-]{43}$/);
    expect(issued).not.toBe('planted-by-an-attacker');
    const attacker = new StaffClient(app.url);
    attacker.cookies.set('nordel-staff', 'planted-by-an-attacker');
    expect((await attacker.get('/staff/requests')).location).toBe('/staff/sign-in');
  });

  it('signing in again from a browser with a session ends the earlier session', async () => {
    const client = new StaffClient(app.url);
    await client.signIn('reception');
    const first = client.cookies.get('nordel-staff')!;
    // A second sign-in form, as when the person opens /staff/sign-in in another tab.
    const form = new StaffClient(app.url);
    await form.get('/staff/sign-in');
    client.cookies.set('nordel-staff-sign-in', form.cookies.get('nordel-staff-sign-in')!);
    await client.post('/staff/sign-in', { username: 'reception', password: 'correct horse battery staple' }, { csrf: form.csrf });
    const second = client.cookies.get('nordel-staff');
    expect(second).not.toBe(first);
    const old = new StaffClient(app.url);
    old.cookies.set('nordel-staff', first);
    expect((await old.get('/staff/requests')).location).toBe('/staff/sign-in');
  });

  it('the audit log is for admins only', async () => {
    const staff = new StaffClient(app.url);
    await staff.signIn('reception');
    expect((await staff.get('/staff/audit')).status).toBe(403);
    const admin = new StaffClient(app.url);
    await admin.signIn('manager');
    expect((await admin.get('/staff/audit')).status).toBe(200);
  });
});

describe('cookie flags and headers', () => {
  const flags = (setCookie: string[]) => setCookie.find((line) => line.includes('nordel-staff=')) ?? '';

  it('over plain http (local use): HttpOnly, SameSite=Strict, limited to /staff, not Secure', async () => {
    await new StaffClient(app.url).get('/staff/sign-in');
    const client = new StaffClient(app.url);
    await client.get('/staff/sign-in');
    const res = await fetch(`${app.url}/staff/sign-in`, {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; ') },
      body: new URLSearchParams({ _csrf: client.csrf, username: 'reception', password: 'correct horse battery staple' }).toString(),
    });
    const line = flags(res.headers.getSetCookie());
    expect(line).toMatch(/^nordel-staff=/);
    expect(line).toContain('HttpOnly');
    expect(line).toContain('SameSite=Strict');
    expect(line).toContain('Path=/staff');
    expect(line).not.toContain('Secure');
  });

  it('an X-Forwarded-Proto header is ignored unless TRUST_PROXY is on', async () => {
    const client = new StaffClient(app.url, { 'x-forwarded-proto': 'https' });
    await client.get('/staff/sign-in');
    expect([...client.cookies.keys()]).toEqual(['nordel-staff-sign-in']);
  });

  it('behind an https proxy with TRUST_PROXY: __Host- cookies, Secure, Path=/', async () => {
    const proxied = await startStaffApp({ TRUST_PROXY: 'true' });
    try {
      await addAccount(proxied, 'reception');
      const client = new StaffClient(proxied.url, { 'x-forwarded-proto': 'https', 'x-forwarded-for': '203.0.113.9' });
      await client.get('/staff/sign-in');
      const res = await fetch(`${proxied.url}/staff/sign-in`, {
        method: 'POST',
        redirect: 'manual',
        headers: {
          'x-forwarded-proto': 'https',
          'content-type': 'application/x-www-form-urlencoded',
          cookie: [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
        },
        body: new URLSearchParams({ _csrf: client.csrf, username: 'reception', password: 'correct horse battery staple' }).toString(),
      });
      expect(res.status).toBe(303);
      const line = res.headers.getSetCookie().find((l) => l.startsWith('__Host-nordel-staff=')) ?? '';
      expect(line).toContain('Secure');
      expect(line).toContain('Path=/;');
      expect(line).toContain('HttpOnly');
      expect(line).toContain('SameSite=Strict');
    } finally {
      await proxied.close();
    }
  });

  it('every staff page has its own strict CSP, no caching, no framing, no referrer', async () => {
    const client = new StaffClient(app.url);
    await client.signIn('reception');
    for (const page of ['/staff/sign-in', '/staff/requests', '/staff/insights']) {
      const res = await client.get(page);
      expect(res.headers.get('content-security-policy')).toBe(
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
      );
      expect(res.headers.get('cache-control')).toBe('no-store');
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
      expect(res.text).not.toMatch(/<script(?![^>]*\bsrc=)(?![^>]*application\/json)/);
      expect(res.text).not.toMatch(/https?:\/\/(?!127\.0\.0\.1)/);
    }
  });
});

describe('audit log', () => {
  it('records every sign-in, view, search, export, change and deletion, by whom, and never the personal data', async () => {
    const someone = sampleBooking({ reference: 'NPC-AUDKTX', name: 'Wen Li Audit', phone: '+16045550177', createdAt: new Date().toISOString() });
    await app.app.booking.store.add(someone);
    const client = new StaffClient(app.url);
    await client.signIn('nobody-here', 'wrong password here');
    await client.signIn('manager');
    await client.get('/staff/requests');
    await client.post('/staff/requests/search', { q: 'Wen Li' });
    await client.get(`/staff/requests/${someone.reference}`);
    await client.post(`/staff/requests/${someone.reference}/status`, { status: 'called-back' });
    await client.post(`/staff/requests/${someone.reference}/notes`, { notes: 'Wen Li prefers Mandarin' });
    await client.post('/staff/export', { status: 'all' });
    await client.get('/staff/insights');
    await client.post('/staff/forget', { q: '604 555 0177' });
    await client.post('/staff/forget/delete', { reference: someone.reference });
    await client.get('/staff/audit');
    await client.post('/staff/sign-out');

    const { entries } = await app.app.staff!.auth.store.listAudit({ limit: 200 });
    const mine = entries.filter((e) => e.actor === 'manager' || e.action === 'sign-in-failed').reverse();
    const actions = mine.map((e) => [e.action, e.targets.join(','), e.detail ?? '']);
    expect(actions).toEqual(
      expect.arrayContaining([
        ['sign-in-failed', '', 'invalid'],
        ['sign-in', '', ''],
        ['list', '', 'status=new'],
        ['search', '', 'status=new search'],
        ['view', someone.reference, ''],
        ['status', someone.reference, 'status=called-back'],
        ['notes', someone.reference, '23 characters'],
        ['export', '', expect.stringMatching(/^all; \d+ requests$/)],
        ['insights', '', ''],
        ['search', someone.reference, 'to delete a person'],
        ['delete', someone.reference, '1 deleted'],
        ['audit', '', ''],
        ['sign-out', '', ''],
      ]),
    );
    const everything = JSON.stringify(entries);
    for (const personal of ['Wen Li', '6045550177', '604 555 0177', 'Mandarin', 'Harpreet', 'wrong password']) expect(everything).not.toContain(personal);
    // The audit page shows the same log.
    const admin = new StaffClient(app.url);
    await admin.signIn('manager');
    expect((await admin.get('/staff/audit')).text).toContain(`delete</td><td>${someone.reference}`);
  });

  it('logs nothing personal to the server log while staff work', () => {
    const text = JSON.stringify(app.logs);
    for (const personal of ['Harpreet', 'Wen Li', '6045550199', 'correct horse']) expect(text).not.toContain(personal);
  });
});
