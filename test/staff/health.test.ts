// Health at a glance on the staff page, over real HTTP on 127.0.0.1: whether the knowledge base is
// loaded and why the last edit did not load, whether storage answers, which notification channels
// are set up and how their last delivery went (a real webhook receiver on loopback), and whether
// the clinic's details are still the placeholders of config/clinic.yaml.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { BOOKING_OPENER, conversation, nextBookingStep } from '../../scripts/soak.mjs';
import { repoPath } from '../support/repo.js';
import { addAccount, StaffClient, startStaffApp, type StaffApp } from './staffClient.js';

interface Receiver {
  url: string;
  received: number;
  close(): Promise<void>;
}

/** The clinic's webhook receiver, answering every delivery with `status`. */
async function startReceiver(status: number): Promise<Receiver> {
  const receiver: Receiver = { url: '', received: 0, close: async () => undefined };
  const server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      receiver.received++;
      res.writeHead(status);
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  receiver.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/bookings`;
  receiver.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return receiver;
}

async function book(endpoint: string): Promise<string> {
  const chat = conversation();
  let reply = (await chat.send(endpoint, BOOKING_OPENER)).text;
  for (let turn = 0; turn < 20; turn++) {
    const next = nextBookingStep(reply);
    if (next.reference) return next.reference;
    if (!next.answer) throw new Error(`the bot asked something unexpected: ${reply}`);
    reply = (await chat.send(endpoint, next.answer)).text;
  }
  throw new Error(`no reference after 20 turns; last reply: ${reply}`);
}

/** The health panel's rows: name -> [state, details]. */
function rows(page: string): Record<string, [string, string]> {
  const found: Record<string, [string, string]> = {};
  for (const m of page.matchAll(/<tr><th scope="row">([^<]+)<\/th><td><span class="staff__badge staff__badge--\w+">([^<]+)<\/span><\/td><td>([^<]*)<\/td><\/tr>/g)) {
    found[m[1]!] = [m[2]!, m[3]!.replace(/&#39;|&quot;|&amp;/g, (e) => ({ '&#39;': "'", '&quot;': '"', '&amp;': '&' })[e]!)];
  }
  return found;
}

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function start(env: Record<string, string>): Promise<StaffApp> {
  const app = await startStaffApp(env);
  cleanups.push(() => app.close());
  await addAccount(app, 'reception');
  return app;
}

function tempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

describe('health at a glance', { timeout: 90_000 }, () => {
  it('a bad knowledge edit, a failing webhook, no e-mail and placeholder clinic details are all on the health page', async () => {
    const knowledge = tempDir('health-kb-');
    cpSync(repoPath('knowledge'), knowledge, { recursive: true });
    const receiver = await startReceiver(500);
    cleanups.push(() => receiver.close());
    const app = await start({ KNOWLEDGE_DIR: knowledge, BOOKING_WEBHOOK_URL: receiver.url });

    // Someone edits the knowledge base and leaves a YAML error; a message finds it (the files are
    // looked at before a turn, at most once a second).
    writeFileSync(path.join(knowledge, 'broken-edit.yaml'), readFileSync(repoPath('test/fixtures/kb/broken/bad-yaml/extra.yaml')));
    const chat = conversation();
    while (!app.logs.some((line) => String(line.msg).startsWith('knowledge base not reloaded'))) {
      await chat.send(app.endpoint, 'How often should I get IMS?');
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    await book(app.endpoint);
    await app.app.booking.notifications.whenIdle();
    expect(receiver.received).toBe(1);

    const client = new StaffClient(app.url);
    await client.signIn('reception');
    const health = rows((await client.get('/staff/health')).text);
    expect(health['Knowledge base']?.[0]).toBe('Check');
    expect(health['Knowledge base']?.[1]).toMatch(/^\d+ entries loaded; the last edit \(\d{4}-\d\d-\d\dT[\d:.]+Z\) did not load, the previous version keeps answering: .*broken-edit\.yaml/);
    expect(health['Storage']).toEqual(['OK', 'conversation state, booking requests and staff data answer']);
    expect(health['Webhook']).toEqual(['Problem', 'configured; last delivery FAILED after 1 attempt(s) (webhook answered HTTP 500)']);
    expect(health['E-mail to the clinic']).toEqual(['Check', 'not configured']);
    expect(health['Teams channel']).toEqual(['OK', 'not configured']);
    expect(health['Clinic details']).toEqual(['Check', 'still empty in config/clinic.yaml: phone, email, address, website, bookingUrl']);
    // The morning's list says what needs a person before anything else.
    const list = (await client.get('/staff/requests')).text;
    expect(list).toMatch(/Needs attention:[\s\S]*Webhook: configured; last delivery FAILED/);
  });

  it('all well: the knowledge base loaded, the last delivery sent, the clinic details filled in', async () => {
    const receiver = await startReceiver(204);
    cleanups.push(() => receiver.close());
    const clinicFile = path.join(tempDir('health-clinic-'), 'clinic.yaml');
    const clinic = parse(readFileSync(repoPath('config/clinic.yaml'), 'utf8')) as Record<string, string>;
    // Made-up test values (the real ones are the clinic's to fill in).
    Object.assign(clinic, { phone: '604-555-0100', email: 'frontdesk@example.com', address: '1 Example Rd, Delta, BC', website: 'https://clinic.example', bookingUrl: 'https://clinic.example/book' });
    writeFileSync(clinicFile, stringify(clinic));
    const app = await start({ CLINIC_CONFIG: clinicFile, BOOKING_WEBHOOK_URL: receiver.url });

    await book(app.endpoint);
    await app.app.booking.notifications.whenIdle();

    const client = new StaffClient(app.url);
    await client.signIn('reception');
    const health = rows((await client.get('/staff/health')).text);
    expect(health['Knowledge base']?.[0]).toBe('OK');
    expect(health['Knowledge base']?.[1]).toMatch(/^\d+ entries loaded$/);
    expect(health['Webhook']?.[0]).toBe('OK');
    expect(health['Webhook']?.[1]).toMatch(/^configured; last delivery sent at \d{4}-/);
    expect(health['Clinic details']).toEqual(['OK', 'filled in']);
    expect((await client.get('/staff/requests')).text).not.toContain('Needs attention');
  });
});
