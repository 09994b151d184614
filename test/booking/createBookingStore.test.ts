// With STORAGE=blob the booking store loads the Azure SDK on its first call (the SDK costs start-up
// time and memory a file-storage bot never needs); it behaves as the blob store all the same.
// Runs against a real Azurite on 127.0.0.1.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReferenceTakenError } from '../../src/booking/bookingStore.js';
import { createBookingStore } from '../../src/booking/createBookingStore.js';
import { startAzurite, type Azurite } from '../support/azurite.js';
import { testConfig } from '../support/startApp.js';
import { sampleBooking } from './sampleBooking.js';

let azurite: Azurite;
beforeAll(async () => {
  azurite = await startAzurite();
});
afterAll(async () => {
  await azurite?.dispose();
});

describe('createBookingStore with STORAGE=blob', () => {
  it('stores, finds, updates and refuses a taken reference, like BlobBookingStore', async () => {
    const config = testConfig({ STORAGE: 'blob', AZURE_STORAGE_CONNECTION_STRING: azurite.connectionString, AZURE_BOOKINGS_CONTAINER: 'deferred-bookings' });
    const store = createBookingStore(config, { info: () => undefined, warn: () => undefined, error: () => undefined });
    const record = sampleBooking();
    expect((await store.add(record)).created).toBe(true);
    expect((await store.get(record.reference))?.name).toBe(record.name);
    expect((await store.list()).map((r) => r.reference)).toEqual([record.reference]);
    expect((await store.markHandled(record.reference))?.status).toBe('handled');
    await expect(store.add({ ...record, conversationHash: 'someone-else' })).rejects.toBeInstanceOf(ReferenceTakenError);
  });
});
