// Chooses where staff data lives, like createBookingStore: STORAGE=blob in Azure Blob Storage
// (shared by several instances), otherwise the embedded database DATA_DIR/clinic.db.
import type { Config } from '../config.js';
import { openClinicDatabase } from '../database/clinicDatabase.js';
import { SqliteStaffStore } from './sqliteStaffStore.js';
import type { StaffStore } from './staffStore.js';

export async function createStaffStore(config: Config): Promise<StaffStore> {
  if (config.storage.kind === 'blob' && config.storage.connectionString) {
    const { BlobStaffStore } = await import('./blobStaffStore.js');
    return new BlobStaffStore({ connectionString: config.storage.connectionString, containerName: config.storage.staffContainer });
  }
  return new SqliteStaffStore(() => openClinicDatabase(config.dataDir));
}

export function describeStaffStore(config: Config): string {
  return config.storage.kind === 'blob' ? `Azure Blob container "${config.storage.staffContainer}"` : `${config.dataDir}/clinic.db`;
}
