// Where insights are kept, chosen in one place for the bot, the staff page and `npm run insights`:
// STORAGE=blob in Azure Blob Storage (shared by every instance), otherwise DATA_DIR/insights.
import type { Config } from '../config.js';
import { InsightsStore, type InsightsStorage } from './store.js';

export async function openInsightsStorage(config: Config): Promise<InsightsStorage> {
  const options = { retentionDays: config.insights.retentionDays };
  if (config.storage.kind === 'blob' && config.storage.connectionString) {
    // The Azure SDK loads only when insights live there.
    const { BlobInsightsStore } = await import('./blobInsightsStore.js');
    return new BlobInsightsStore({ connectionString: config.storage.connectionString, containerName: config.storage.insightsContainer, ...options });
  }
  return InsightsStore.inDataDir(config.dataDir, options);
}
