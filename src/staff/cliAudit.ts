// What `npm run bookings -- --delete` and `npm run staff` do is written to the same audit log as
// the staff page, with the operating-system user as the actor ("cli:<user>").
import os from 'node:os';
import type { Config } from '../config.js';
import { createStaffStore } from './createStaffStore.js';
import type { AuditEntry, StaffStore } from './staffStore.js';

export function cliActor(): string {
  try {
    return `cli:${os.userInfo().username}`;
  } catch {
    return 'cli';
  }
}

export async function appendCliAudit(store: StaffStore, entry: Omit<AuditEntry, 'at' | 'actor'>): Promise<void> {
  await store.appendAudit({ at: new Date().toISOString(), actor: cliActor(), ...entry });
}

/** Records a deletion made from the command line (the references only). */
export async function recordCliAudit(config: Config, references: string[], removed: number): Promise<void> {
  const store = await createStaffStore(config);
  try {
    await appendCliAudit(store, { action: 'delete', targets: references, detail: `${removed} deleted` });
  } finally {
    await store.close();
  }
}
