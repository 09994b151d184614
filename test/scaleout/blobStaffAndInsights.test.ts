// Staff data, insights and damaged bookings in Azure Blob Storage (a real Azurite on 127.0.0.1),
// as two bot instances share them: each "instance" here is its own store on the same container.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ContainerClient } from '@azure/storage-blob';
import { BlobBookingStore } from '../../src/booking/blobBookingStore.js';
import { retentionCutoff } from '../../src/booking/bookingStore.js';
import { BlobInsightsStore } from '../../src/insights/blobInsightsStore.js';
import type { InsightEvent } from '../../src/insights/events.js';
import { conversationHash, InsightsRecorder } from '../../src/insights/recorder.js';
import { BlobStaffStore } from '../../src/staff/blobStaffStore.js';
import { StaffAuth } from '../../src/staff/staffAuth.js';
import { startAzurite, type Azurite } from '../support/azurite.js';
import { sampleBooking } from '../booking/sampleBooking.js';

let azurite: Azurite;
let count = 0;
beforeAll(async () => {
  azurite = await startAzurite();
}, 60_000);
afterAll(async () => {
  await azurite?.dispose();
});

const container = (prefix: string) => `${prefix}-${++count}`;

describe('insights in blob storage, two instances', () => {
  const NEIGHBOUR = 'webchat|neighbour';
  const OTHER = 'webchat|other';
  const event = (key: string, at: string): InsightEvent => ({ type: 'unanswered', at, text: 'can Sunita Rai come too', candidates: [], conversation: conversationHash(key) });

  it('each instance reads what both wrote; "forget me" deletes one conversation everywhere and counts it', async () => {
    const name = container('insights');
    const [a, b] = [0, 1].map(() => new BlobInsightsStore({ connectionString: azurite.connectionString, containerName: name }));
    await a!.append(event(NEIGHBOUR, '2025-03-13T10:00:00Z'));
    await b!.append(event(NEIGHBOUR, '2025-03-14T10:00:00Z'));
    await a!.append(event(OTHER, '2025-03-14T11:00:00Z'));
    await b!.append(event(OTHER, '2025-03-14T12:00:00Z'));
    expect(await b!.read()).toHaveLength(4);
    expect(await b!.deleteConversation(NEIGHBOUR)).toBe(2);
    expect((await a!.read()).map((e) => e.conversation)).toEqual([conversationHash(OTHER), conversationHash(OTHER)]);
    // The instance whose blob was rewritten keeps recording, and nothing is lost.
    await a!.append(event(OTHER, '2025-03-14T13:00:00Z'));
    expect(await b!.read()).toHaveLength(3);
  });

  it('through the recorder, and retention deletes whole expired days on a timer', async () => {
    const name = container('insights');
    const store = new BlobInsightsStore({ connectionString: azurite.connectionString, containerName: name, retentionDays: 30 });
    const recorder = new InsightsRecorder(store, { now: () => new Date('2025-03-14T10:00:00Z') });
    recorder.recordFeedback('ims-what', 'down', NEIGHBOUR);
    recorder.recordConversation(NEIGHBOUR);
    expect(await recorder.forgetConversation(NEIGHBOUR)).toBe(2);
    await store.append(event(OTHER, '2025-01-01T10:00:00Z'));
    await store.append(event(OTHER, '2025-03-14T10:00:00Z'));
    const timer = store.startRetentionTimer(60_000, () => new Date('2025-03-15T00:00:00Z'));
    await timer.stop();
    expect((await store.read()).map((e) => e.at)).toEqual(['2025-03-14T10:00:00Z']);
  });
});

describe('staff data in blob storage, two instances', () => {
  const MINUTE = 60_000;
  const auths = (name: string, now: () => Date = () => new Date()) =>
    [0, 1].map(
      () =>
        new StaffAuth({
          store: new BlobStaffStore({ connectionString: azurite.connectionString, containerName: name }),
          sessionIdleMs: 30 * MINUTE,
          sessionMaxMs: 12 * 60 * MINUTE,
          lockAfter: 5,
          lockForMs: 15 * MINUTE,
          now,
          sleep: async () => undefined,
          hashParameters: { N: 1024, r: 8, p: 1 },
        }),
    ) as [StaffAuth, StaffAuth];

  it('an account made on one instance signs in on the other, and the session works on both', async () => {
    const [a, b] = auths(container('staff'));
    await a.createAccount('reception', 'staff', 'correct horse battery staple');
    expect((await b.store.listAccounts()).map((x) => x.name)).toEqual(['reception']);
    const signedIn = await b.signIn('reception', 'correct horse battery staple');
    if (!signedIn.ok) throw new Error('sign-in failed');
    expect((await a.resume(signedIn.sessionId))?.account.name).toBe('reception');
    await b.setDisabled('reception', true);
    expect(await a.resume(signedIn.sessionId)).toBeUndefined();
  });

  it('failed sign-ins on both instances add up to one lockout', async () => {
    const [a, b] = auths(container('staff'));
    await a.createAccount('reception', 'staff', 'correct horse battery staple');
    for (let i = 0; i < 4; i++) await (i % 2 ? a : b).signIn('reception', 'nope');
    expect(await a.signIn('reception', 'nope')).toMatchObject({ ok: false, reason: 'locked' });
    expect(await b.signIn('reception', 'correct horse battery staple')).toMatchObject({ ok: false, reason: 'locked' });
  });

  it('the audit log holds both instances entries, newest first, and forgets them after retention', async () => {
    const [a, b] = auths(container('staff'));
    await a.store.appendAudit({ at: '2025-01-01T10:00:00.000Z', actor: 'reception', action: 'view', targets: ['NPC-AAAAAA'] });
    await b.store.appendAudit({ at: '2025-03-14T10:00:00.000Z', actor: 'manager', action: 'delete', targets: ['NPC-BBBBBB'], detail: '1 deleted' });
    await a.store.appendAudit({ at: '2025-03-14T11:00:00.000Z', actor: 'reception', action: 'export', targets: [] });
    const { entries, total } = await b.store.listAudit();
    expect(total).toBe(3);
    expect(entries.map((e) => e.action)).toEqual(['export', 'delete', 'view']);
    expect(await a.store.purgeAudit(new Date('2025-03-01T00:00:00Z'))).toBe(1);
    expect((await b.store.listAudit()).total).toBe(2);
  });
});

describe('damaged booking blobs', () => {
  it('are moved to the quarantine (never deleted by the sweep) and reported', async () => {
    const name = container('bookings');
    const errors: unknown[] = [];
    const log = { warn: () => undefined, error: (...args: unknown[]) => void errors.push(args) };
    const store = new BlobBookingStore({ connectionString: azurite.connectionString, containerName: name, log });
    const good = sampleBooking({ reference: 'NPC-AAAAAA', createdAt: new Date().toISOString() });
    await store.add(good);
    const raw = new ContainerClient(azurite.connectionString, name);
    const damaged = '{"reference":"NPC-BBBBBB","name":"Damaged Pers';
    await raw.getBlockBlobClient('NPC-BBBBBB.json').upload(damaged, damaged.length, { metadata: { createdat: '2020-01-01T00:00:00.000Z' } });

    expect((await store.list()).map((r) => r.reference)).toEqual(['NPC-AAAAAA']);
    expect(await store.purgeExpired(retentionCutoff(new Date(), 400))).toEqual({ removed: 0 });
    const report = await store.quarantine();
    expect(report.items).toBe(1);
    const kept = await raw.getBlobClient(report.places[0]!).downloadToBuffer();
    expect(kept.toString()).toBe(damaged);
    expect(JSON.stringify(errors)).toContain('quarantine');
    expect(JSON.stringify(errors)).not.toContain('Damaged Pers');
  });
});
