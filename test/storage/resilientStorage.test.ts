import { mkdtempSync, promises as fs, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createStateStorage, isStorageUnavailable, StorageUnavailableError } from '../../src/storage/createStateStorage.js';
import { ETagConflictError } from '../../src/storage/errors.js';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logging/logger.js';
import { connectionStringFor } from '../support/azurite.js';

const log = createLogger('silent');
let root: string;
beforeEach(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'resilient-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('when the state store fails', () => {
  it('reports StorageUnavailableError while the state directory is gone, and recovers when it is back', async () => {
    const state = await createStateStorage(loadConfig({ DATA_DIR: root }, root), log);
    const dir = path.join(root, 'state');
    await state.storage.write({ k: { v: 1 } });

    // The directory disappears and a plain file takes its place: every operation fails.
    await fs.rm(dir, { recursive: true });
    await fs.writeFile(dir, 'not a directory');
    for (const attempt of [() => state.storage.write({ k: { v: 2 } }), () => state.storage.read(['k']), () => state.storage.delete(['k'])]) {
      const error = await attempt().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(StorageUnavailableError);
      expect(isStorageUnavailable(error)).toBe(true);
    }
    expect(await state.ready()).toBe(false);

    await fs.rm(dir);
    await fs.mkdir(dir, { mode: 0o700 });
    expect(await state.ready()).toBe(true);
    await state.storage.write({ k: { v: 3 } });
    expect((await state.storage.read(['k'])).k).toMatchObject({ v: 3 });
    await state.close();
  });

  it('passes eTag conflicts through unchanged: they are not an outage', async () => {
    const state = await createStateStorage(loadConfig({ DATA_DIR: root }, root), log);
    await state.storage.write({ k: { v: 1 } });
    const stale = (await state.storage.read(['k'])).k!;
    await state.storage.write({ k: { ...stale, v: 2 } });
    const error = await state.storage.write({ k: { ...stale, v: 3 } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ETagConflictError);
    expect(isStorageUnavailable(error)).toBe(false);
    await state.close();
  });

  it('gives up on a store that accepts connections but never answers, within the time limit', async () => {
    const sockets = new Set<net.Socket>();
    const silent = net.createServer((socket) => sockets.add(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as net.AddressInfo;
    try {
      const config = loadConfig(
        { STORAGE: 'blob', AZURE_STORAGE_CONNECTION_STRING: connectionStringFor(port), DATA_DIR: root },
        root,
      );
      const state = await createStateStorage(config, log, { timeoutMs: 300 });
      const error = await state.storage.read(['k']).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(StorageUnavailableError);
      expect((error as Error).message).toMatch(/no answer within 300 ms/);
      expect(await state.ready()).toBe(false);
      await state.close();
    } finally {
      for (const socket of sockets) socket.destroy();
      silent.close();
    }
  });

  it('says which operation failed, keeping the original error as the cause', () => {
    const cause = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:10000'), { code: 'ECONNREFUSED' });
    const error = new StorageUnavailableError('write', { cause });
    expect(error.message).toBe('State storage is unavailable (write): connect ECONNREFUSED 127.0.0.1:10000');
    expect(error.cause).toBe(cause);
    expect(isStorageUnavailable(new Error('turn failed', { cause: error }))).toBe(true);
  });
});
