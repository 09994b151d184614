// A damaged booking journal at start-up (issue 10): the bot starts, nothing it cannot read is
// dropped, and /readyz (still 200: the bot works) and the staff page's health panel say that
// booking data sits in the quarantine, without naming anyone.
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleBooking } from '../booking/sampleBooking.js';
import { startTestApp, type TestApp } from '../support/startApp.js';
import { addAccount, StaffClient, type StaffApp } from '../staff/staffClient.js';

let dataDir: string;
let app: TestApp;

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'quarantine-readyz-'));
  const line = (record: object) => JSON.stringify({ event: 'booking', at: new Date().toISOString(), record });
  const recent = sampleBooking({ reference: 'NPC-AAAAAA', createdAt: new Date().toISOString() });
  const damaged = line(sampleBooking({ reference: 'NPC-BBBBBB', createdAt: new Date().toISOString(), name: 'Damaged Person' })).replace('"name"', '{name"');
  writeFileSync(path.join(dataDir, 'bookings.jsonl'), `${line(recent)}\n${damaged}\n{"event":"booking","record":{"name":"Torn Wri`, { mode: 0o600 });
  app = await startTestApp({ env: { DATA_DIR: dataDir }, logLevel: 'info' });
}, 60_000);
afterAll(async () => {
  await app?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('damaged booking data at start-up', () => {
  it('/readyz stays 200 and warns that booking data is in the quarantine, naming nobody', async () => {
    const res = await fetch(`${app.url}/readyz`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { ready: boolean; warnings?: string[] };
    expect(body.ready).toBe(true);
    expect(body.warnings).toEqual(["2 unreadable booking record(s) set aside in the quarantine: see the staff page's health panel"]);
    expect(JSON.stringify(body)).not.toMatch(/Damaged|Torn|quarantine\//);
  });

  it('logged an error and kept the lines in a quarantine file; the readable request was imported', async () => {
    expect(app.logs.some((l) => l.level === 'error' && String(l.msg).includes('quarantine'))).toBe(true);
    expect(JSON.stringify(app.logs)).not.toMatch(/Damaged Person|Torn Wri/);
    expect(readdirSync(path.join(dataDir, 'quarantine'))).toHaveLength(1);
    expect((await app.app.booking.store.list()).map((r) => r.reference)).toEqual(['NPC-AAAAAA']);
  });

  it('the staff health panel shows it as a problem, and the list page says it needs attention', async () => {
    await addAccount(app as StaffApp, 'reception');
    const client = new StaffClient(app.url);
    await client.signIn('reception');
    const health = await client.get('/staff/health');
    expect(health.text).toMatch(/Quarantined booking data<\/th><td><span class="staff__badge staff__badge--problem">Problem<\/span><\/td><td>2 unreadable record\(s\)/);
    expect((await client.get('/staff/requests')).text).toContain('Needs attention');
  });
});
