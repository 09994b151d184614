// The list of booking requests over real HTTP on 127.0.0.1: each row shows what the front desk
// needs to call the person back (name, phone, preferred times, reason, payer and claim number,
// language, received, status); the status tabs, the date filters and the search find the right
// requests, a search term never in a URL; a person's requests are found by reference, phone or name
// and deleted only after a confirmation; and repeated wrong passwords lock a name on the page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleBooking } from '../booking/sampleBooking.js';
import { addAccount, StaffClient, startStaffApp, type StaffApp } from './staffClient.js';

let app: StaffApp;
let client: StaffClient;

const AMRIT = sampleBooking({ reference: 'NPC-AAAAAA', name: 'Amrit Kaur', phone: '+16045550111', language: 'pa', createdAt: '2025-11-03T18:00:00.000Z', conversationHash: 'a' });
const BO = sampleBooking({ reference: 'NPC-BBBBBB', name: 'Bo Chen', phone: '+16045550122', language: 'zh-Hans', payer: 'self-pay', claimNumber: null, createdAt: '2025-11-10T18:00:00.000Z', conversationHash: 'b' });
const CARL = sampleBooking({ reference: 'NPC-CCCCCC', name: 'Carl Smith', phone: '+16045550133', payer: 'worksafebc', claimNumber: 'WS778899', createdAt: '2025-11-20T18:00:00.000Z', conversationHash: 'c' });

beforeAll(async () => {
  app = await startStaffApp();
  await addAccount(app, 'reception');
  await addAccount(app, 'locked-out');
  for (const record of [AMRIT, BO, CARL]) await app.app.booking.store.add(record);
  await app.app.booking.store.setStatus(BO.reference, 'called-back');
  await app.app.booking.store.setStatus(CARL.reference, 'handled');
  client = new StaffClient(app.url);
  await client.signIn('reception');
}, 60_000);
afterAll(async () => {
  await app?.close();
});

/** The references listed on a page, top to bottom. */
const listed = (page: string) => [...page.matchAll(/<tr data-reference="(NPC-\w+)"/g)].map((m) => m[1]);

/** One row's cells by their label. */
function cells(page: string, reference: string): Record<string, string> {
  const row = new RegExp(`<tr data-reference="${reference}"[\\s\\S]*?</tr>`).exec(page)?.[0] ?? '';
  const found: Record<string, string> = {};
  for (const m of row.matchAll(/<t[hd][^>]*data-label="([^"]+)">([\s\S]*?)<\/t[hd]>\n/g)) found[m[1]!] = m[2]!.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();
  return found;
}

describe('the list of booking requests', () => {
  it('shows in each row what the front desk needs to call back', async () => {
    const page = (await client.get('/staff/requests')).text;
    expect(cells(page, AMRIT.reference)).toEqual({
      Reference: 'NPC-AAAAAA',
      Name: 'Amrit Kaur',
      Phone: '+1 604 555 0111',
      'Preferred times': 'next Tuesday afternoon',
      Reason: 'my shoulder',
      Payment: 'ICBC claim · claim AB1234567',
      Language: 'Punjabi',
      Received: '2025-11-03 10:00',
      Status: expect.stringMatching(/^New Mark called back NPC-AAAAAA Mark handled NPC-AAAAAA$/),
    });
  });

  it.each([
    ['', ['NPC-AAAAAA']],
    ['?status=called-back', ['NPC-BBBBBB']],
    ['?status=handled', ['NPC-CCCCCC']],
    ['?status=all', ['NPC-CCCCCC', 'NPC-BBBBBB', 'NPC-AAAAAA']],
    ['?status=all&from=2025-11-05&to=2025-11-15', ['NPC-BBBBBB']],
    ['?status=all&to=2025-11-03', ['NPC-AAAAAA']],
    ['?status=all&from=2025-11-20', ['NPC-CCCCCC']],
    ['?status=handled&from=2025-11-01&to=2025-11-15', []],
  ])('/staff/requests%s lists %j', async (query, references) => {
    const res = await client.get(`/staff/requests${query}`);
    expect(res.status).toBe(200);
    expect(listed(res.text)).toEqual(references);
  });

  it('counts each status in its tab', async () => {
    const page = (await client.get('/staff/requests?status=all')).text;
    const counts = Object.fromEntries([...page.matchAll(/data-count="([\w-]+)">(\d+)</g)].map((m) => [m[1], Number(m[2])]));
    expect(counts).toEqual({ new: 1, 'called-back': 1, handled: 1, all: 3 });
  });

  it.each([
    ['a reference in any case', 'npc-bbbbbb', ['NPC-BBBBBB']],
    ['a phone number as typed', '604 555 0111', ['NPC-AAAAAA']],
    ['part of a name', 'chen', ['NPC-BBBBBB']],
    ['nobody', 'Zed Nobody', []],
  ])('a search by %s finds the right requests', async (_what, q, references) => {
    const res = await client.post('/staff/requests/search', { q, status: 'all' });
    expect(res.status).toBe(200);
    expect(listed(res.text)).toEqual(references);
  });

  it('a search answers on the page itself: the name or phone searched for is in no URL (links, forms, redirects)', async () => {
    for (const q of ['Amrit', '6045550111']) {
      const res = await client.post('/staff/requests/search', { q, status: 'all' });
      expect(res.location).toBeNull();
      // Every address the page can send the browser to (tel: links only dial, they reach no server).
      const urls = [...res.text.matchAll(/(?:href|action|src)="([^"]*)"/g)].map((m) => decodeURIComponent(m[1]!)).filter((url) => !url.startsWith('tel:'));
      expect(urls.length).toBeGreaterThan(5);
      for (const url of urls) expect(url.replace(/[^\w]/g, '')).not.toContain(q);
    }
  });
});

describe("finding a person's requests to delete them", () => {
  const found = (page: string) => [...page.matchAll(/name="reference" value="(NPC-\w+)"/g)].map((m) => m[1]);

  it.each([
    ['reference', 'npc-cccccc', ['NPC-CCCCCC']],
    ['phone number', '(604) 555-0122', ['NPC-BBBBBB']],
    ['name', 'amrit kaur', ['NPC-AAAAAA']],
    ['name that matches nobody', 'Zed Nobody', []],
  ])('by %s, whatever their status', async (_what, q, references) => {
    const res = await client.post('/staff/forget', { q });
    expect(res.status).toBe(200);
    expect(found(res.text)).toEqual(references);
  });

  it('asks for a confirmation first: choosing the requests deletes nothing', async () => {
    const res = await client.post('/staff/forget/confirm', { reference: AMRIT.reference });
    expect(res.text).toContain('Delete 1 request for good?');
    expect(res.text).toContain('Yes, delete for good');
    expect(await app.app.booking.store.get(AMRIT.reference)).toBeDefined();
  });
});

describe('repeated wrong passwords on the sign-in page', { timeout: 60_000 }, () => {
  it('lock the name for a while: even the right password is refused, other staff still sign in', async () => {
    const guesser = new StaffClient(app.url);
    const answers: number[] = [];
    for (let i = 0; i < 5; i++) answers.push((await guesser.signIn('locked-out', `wrong guess number ${i}`)).status);
    expect(answers).toEqual([401, 401, 401, 401, 401]);
    const locked = await guesser.signIn('locked-out', 'correct horse battery staple');
    expect(locked.status).toBe(401);
    expect(locked.text).toMatch(/Too many wrong attempts: signing in is paused until \d\d:\d\d/);
    expect([...guesser.cookies.keys()]).not.toContain('nordel-staff');
    expect((await new StaffClient(app.url).signIn('reception')).location).toBe('/staff/requests');
  });
});
