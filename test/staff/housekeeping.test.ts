// The staff page's housekeeping on the real embedded database: a minute after start, and then
// hourly, audit entries older than AUDIT_RETENTION_DAYS and sessions idle past the time-out are
// deleted; newer entries and sessions in use stay.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BookingStore } from '../../src/booking/bookingStore.js';
import { loadClinic } from '../../src/kb/load.js';
import { createLogger } from '../../src/logging/logger.js';
import { createStaffPage, type StaffPage } from '../../src/staff/staffPage.js';
import type { Knowledge } from '../../src/kb/schema.js';
import { testConfig } from '../support/startApp.js';

const DAY = 24 * 60 * 60 * 1000;
let dataDir: string;
let staff: StaffPage | undefined;

beforeEach(() => {
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'staff-housekeeping-'));
  vi.useFakeTimers({ toFake: ['setTimeout', 'setInterval', 'clearTimeout', 'clearInterval', 'Date'] });
  vi.setSystemTime(new Date('2025-11-24T16:00:00.000Z'));
});
afterEach(async () => {
  await staff?.close();
  staff = undefined;
  vi.useRealTimers();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('staff housekeeping', () => {
  it('deletes audit entries past AUDIT_RETENTION_DAYS and idle sessions a minute after start, then hourly', async () => {
    const config = testConfig({ DATA_DIR: dataDir, AUDIT_RETENTION_DAYS: '30', STAFF_SESSION_IDLE_MINUTES: '30' });
    staff = await createStaffPage({
      config,
      log: createLogger('silent'),
      clinic: await loadClinic(config.clinicConfigPath),
      knowledge: async () => ({ entries: [] }) as unknown as Knowledge,
      knowledgeStatus: { entries: () => 0, lastReloadError: () => undefined },
      // Housekeeping never touches booking requests.
      bookings: {} as BookingStore,
      stateStorageReady: async () => true,
    });
    const { store } = staff.auth;
    const ago = (days: number) => new Date(Date.now() - days * DAY).toISOString();
    await store.appendAudit({ at: ago(31), actor: 'reception', action: 'view', targets: ['NPC-OLDOLD'] });
    await store.appendAudit({ at: ago(29), actor: 'reception', action: 'export', targets: [] });
    await staff.auth.createAccount('reception', 'staff', 'correct horse battery staple');
    const idle = await staff.auth.startSession('reception');

    await vi.advanceTimersByTimeAsync(59_000);
    expect((await store.listAudit()).total).toBe(2); // not yet: the first sweep waits a minute

    await vi.advanceTimersByTimeAsync(31 * 60_000 - 59_000);
    expect((await store.listAudit()).entries.map((e) => e.action)).toEqual(['export']);
    // The session was made at start and is idle 31 minutes by now, but the first sweep ran at minute one.
    expect(await store.getSession(idle.session.idHash)).toBeDefined();
    const inUse = await staff.auth.startSession('reception');

    // The hourly sweep at minute 60: the idle session goes, the one made at minute 31 stays.
    await vi.advanceTimersByTimeAsync(60 * 60_000);
    expect(await store.getSession(idle.session.idHash)).toBeUndefined();
    expect(await store.getSession(inUse.session.idHash)).toBeDefined();
    await vi.advanceTimersByTimeAsync(DAY);
    expect(await store.getSession(inUse.session.idHash)).toBeUndefined();
    expect((await store.listAudit()).total).toBe(0); // the export entry turned 30 days old in between
  });
});
