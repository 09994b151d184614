// The staff page on two bot processes sharing Azure Blob Storage (Azurite), as on App Service with
// two instances: an account created with `npm run staff` signs in on one instance, its session
// works on the other, a booking taken by either shows on both, and a status change made on one is
// what the other and `npm run bookings` show. What a visitor asked on one instance is in the
// other's insights charts, and gone from them after "forget me"; a person deleted on one
// instance is gone from the other, from `npm run bookings` and from the bookings container.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ContainerClient } from '@azure/storage-blob';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BOOKING_OPENER, conversation, nextBookingStep } from '../../scripts/soak.mjs';
import { startAzurite, type Azurite } from '../support/azurite.js';
import { REPO_ROOT } from '../support/repo.js';
import { StaffClient } from '../staff/staffClient.js';
import { startBot, type BotProcess } from './botProcess.js';

let azurite: Azurite;
const instances: BotProcess[] = [];
let dataDir: string;
let env: Record<string, string>;

function cli(script: string, args: string[], input?: string) {
  const result = spawnSync(process.execPath, [path.join(REPO_ROOT, 'dist/src/cli', script), ...args], {
    cwd: REPO_ROOT,
    env: { PATH: process.env.PATH, ...env },
    encoding: 'utf8',
    input,
  });
  expect(result.status, result.stderr).toBe(0);
  return result.stdout;
}

beforeAll(async () => {
  azurite = await startAzurite({ persistent: true });
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'staff-scaleout-'));
  env = {
    STORAGE: 'blob',
    AZURE_STORAGE_CONNECTION_STRING: azurite.connectionString,
    AZURE_STORAGE_CONTAINER: 'staff-scaleout-state',
    AZURE_BOOKINGS_CONTAINER: 'staff-scaleout-bookings',
    AZURE_STAFF_CONTAINER: 'staff-scaleout-staff',
    AZURE_INSIGHTS_CONTAINER: 'staff-scaleout-insights',
    DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
  };
  // Both starts settle before any failure is reported, so afterAll stops whichever did start.
  const started = await Promise.allSettled([startBot({ env }), startBot({ env })]);
  for (const result of started) if (result.status === 'fulfilled') instances.push(result.value);
  const failed = started.find((result) => result.status === 'rejected');
  if (failed) throw failed.reason;
  cli('staff.js', ['add', 'reception'], 'correct horse battery staple\n');
}, 120_000);

afterAll(async () => {
  await Promise.all(instances.map((i) => i.stop()));
  await azurite?.dispose();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

async function book(endpoint: string): Promise<string> {
  const chat = conversation();
  let reply = (await chat.send(endpoint, BOOKING_OPENER)).text;
  for (let turn = 0; turn < 20; turn++) {
    const next = nextBookingStep(reply);
    if (next.reference) return next.reference;
    reply = (await chat.send(endpoint, next.answer!)).text;
  }
  throw new Error(`no reference; last reply: ${reply}`);
}

/** Waits (bounded by the test's time-out) until `done` holds: an insight is written shortly after the turn. */
async function waitFor(done: () => Promise<boolean>): Promise<void> {
  while (!(await done())) await new Promise((resolve) => setTimeout(resolve, 250));
}

/** Every blob's name and content in a container, as one text. */
async function blobText(name: string): Promise<string> {
  const container = new ContainerClient(azurite.connectionString, name);
  let text = '';
  for await (const blob of container.listBlobsFlat()) text += `${blob.name}\n${(await container.getBlobClient(blob.name).downloadToBuffer()).toString('utf8')}\n`;
  return text;
}

describe('the staff page on two instances sharing Azure Blob Storage', { timeout: 120_000 }, () => {
  it('signs in on one instance, works on the other, and both show the same requests and statuses', async () => {
    const [a, b] = instances as [BotProcess, BotProcess];
    const onA = new StaffClient(a.url);
    expect((await onA.signIn('reception')).location).toBe('/staff/requests');
    // The same browser session, sent to the other instance (a load balancer without affinity).
    const onB = new StaffClient(b.url);
    for (const [k, v] of onA.cookies) onB.cookies.set(k, v);

    const reference = await book(b.endpoint);
    expect((await onA.get('/staff/requests')).text).toContain(reference);
    onB.csrf = onA.csrf; // the token of the page the person has open
    const changed = await onB.post(`/staff/requests/${reference}/status`, { status: 'handled' });
    expect(changed.status).toBe(303);
    expect((await onA.get(`/staff/requests/${reference}`)).text).toMatch(/staff__badge--handled">Handled/);
    const listed = JSON.parse(cli('bookings.js', ['--format', 'json'])) as { reference: string; status: string; handledAt?: string }[];
    expect(listed.find((r) => r.reference === reference)).toMatchObject({ status: 'handled', handledAt: expect.any(String) });

    expect((await onB.get('/staff/health')).text).toMatch(/Storage<\/th><td><span class="staff__badge staff__badge--ok">/);
    // A question the bot could not answer, asked on B, is in the insights charts on A.
    const visitor = conversation();
    const unanswered = await visitor.send(b.endpoint, 'can Sunita Rai bring her parrot to the waiting room');
    expect(unanswered.text).toMatch(/sorry|don't know|not sure/i);
    await waitFor(async () => (await onA.get('/staff/insights')).text.includes('parrot'));
    // "forget me" in that chat, now answered by A: the question leaves the insights of both.
    expect((await visitor.send(a.endpoint, 'forget me')).text).toMatch(/deleted/i);
    for (const client of [onA, onB]) expect((await client.get('/staff/insights')).text).not.toContain('parrot');
    expect(await blobText(env.AZURE_INSIGHTS_CONTAINER!)).not.toContain('parrot');

    // Deleting the person on B: gone from A's list, from `npm run bookings` and from the container.
    expect((await blobText(env.AZURE_BOOKINGS_CONTAINER!)).includes(reference)).toBe(true);
    const deleted = await onB.post('/staff/forget/delete', { reference });
    expect(deleted.status).toBe(200);
    expect((await onA.get('/staff/requests?status=all')).text).not.toContain(reference);
    expect((JSON.parse(cli('bookings.js', ['--format', 'json'])) as { reference: string }[]).map((r) => r.reference)).not.toContain(reference);
    const left = await blobText(env.AZURE_BOOKINGS_CONTAINER!);
    for (const trace of [reference, 'Pat Example', '6045550123']) expect(left.includes(trace), trace).toBe(false);

    // Signing out on one instance ends the session on both.
    await onB.post('/staff/sign-out');
    expect((await onA.get('/staff/requests')).location).toBe('/staff/sign-in');
  });
});
