// Chooses where staff data lives: the embedded database DATA_DIR/clinic.db.
import type { Config } from '../config.js';
import { openClinicDatabase } from '../database/clinicDatabase.js';
import { SqliteStaffStore } from './sqliteStaffStore.js';
import type { StaffStore } from './staffStore.js';

export async function createStaffStore(config: Config): Promise<StaffStore> {
  return new SqliteStaffStore(openClinicDatabase(config.dataDir));
}

export function describeStaffStore(config: Config): string {
  return `${config.dataDir}/clinic.db`;
}
