// StaffStore in Azure Blob Storage (STORAGE=blob), shared by every bot instance, so a member of
// staff signed in on one instance is signed in on all of them and the lockout counts every try:
//   accounts/<name>.json   one blob per account; created with If-None-Match, changed with If-Match
//   attempts/<name>.json   failed sign-ins in a row, changed with If-Match (retried on a race)
//   sessions/<hash>.json   one blob per session (the id's sha256); account and last use in metadata
//   audit/<day>/<writer>.jsonl   append blobs per instance and UTC day
import { randomUUID } from 'node:crypto';
import { ContainerClient } from '@azure/storage-blob';
import { appendText, containerCreator, download, hasStatus, listNames, PIPELINE_OPTIONS } from '../azure/blobHelpers.js';
import type { AuditEntry, SignInAttempts, StaffAccount, StaffSession, StaffStore } from './staffStore.js';

const MAX_BYTES = 64 * 1024;
const MAX_AUDIT_BYTES = 64 * 1024 * 1024;
const UPDATE_ATTEMPTS = 10;
const DAY_MS = 24 * 60 * 60 * 1000;
const AUDIT_BLOB = /^audit\/(\d{4}-\d{2}-\d{2})\/[\w-]+\.jsonl$/;

export interface BlobStaffStoreOptions {
  connectionString: string;
  /** config.storage.staffContainer. */
  containerName: string;
}

const key = (name: string) => encodeURIComponent(name);

export class BlobStaffStore implements StaffStore {
  private readonly container: ContainerClient;
  private readonly ensureContainer: () => Promise<void>;
  private readonly writer = randomUUID();
  private readonly created = new Set<string>();

  constructor(options: BlobStaffStoreOptions) {
    this.container = new ContainerClient(options.connectionString, options.containerName, PIPELINE_OPTIONS);
    this.ensureContainer = containerCreator(this.container);
  }

  async getAccount(name: string): Promise<StaffAccount | undefined> {
    return (await this.readJson<StaffAccount>(`accounts/${key(name)}.json`))?.value;
  }

  async listAccounts(): Promise<StaffAccount[]> {
    const names = await listNames(this.container, 'accounts/');
    const accounts = await Promise.all(names.map(({ name }) => this.readJson<StaffAccount>(name)));
    return accounts.flatMap((a) => (a ? [a.value] : [])).sort((a, b) => a.name.localeCompare(b.name));
  }

  async addAccount(account: StaffAccount): Promise<boolean> {
    await this.ensureContainer();
    try {
      await this.write(`accounts/${key(account.name)}.json`, account, { ifNoneMatch: '*' });
      return true;
    } catch (error) {
      if (hasStatus(error, 409, 412)) return false;
      throw error;
    }
  }

  async updateAccount(name: string, change: Partial<Pick<StaffAccount, 'role' | 'passwordHash' | 'disabled' | 'passwordChangedAt'>>) {
    return this.update<StaffAccount>(`accounts/${key(name)}.json`, (account) => (account ? { ...account, ...change } : undefined));
  }

  async getAttempts(name: string): Promise<SignInAttempts> {
    return (await this.readJson<SignInAttempts>(`attempts/${key(name)}.json`))?.value ?? { failures: 0 };
  }

  async recordFailure(name: string, at: Date, policy: { lockAfter: number; lockForMs: number }): Promise<SignInAttempts> {
    await this.ensureContainer();
    const next = await this.update<SignInAttempts>(
      `attempts/${key(name)}.json`,
      (current) => {
        const failures = (current?.failures ?? 0) + 1;
        const lockedUntil = failures % policy.lockAfter === 0 ? new Date(at.getTime() + policy.lockForMs).toISOString() : current?.lockedUntil;
        return { failures, lastFailureAt: at.toISOString(), ...(lockedUntil ? { lockedUntil } : {}) };
      },
      true,
    );
    return next!;
  }

  async clearFailures(name: string): Promise<void> {
    await this.container.getBlobClient(`attempts/${key(name)}.json`).deleteIfExists();
  }

  async createSession(session: StaffSession): Promise<void> {
    await this.ensureContainer();
    await this.write(`sessions/${session.idHash}.json`, session, { ifNoneMatch: '*' }, { account: key(session.account), lastseen: session.lastSeenAt });
  }

  async getSession(idHash: string): Promise<StaffSession | undefined> {
    if (!/^[0-9a-f]{64}$/.test(idHash)) return undefined;
    return (await this.readJson<StaffSession>(`sessions/${idHash}.json`))?.value;
  }

  async touchSession(idHash: string, at: Date): Promise<void> {
    await this.update<StaffSession>(`sessions/${idHash}.json`, (session) => (session ? { ...session, lastSeenAt: at.toISOString() } : undefined), false, (s) => ({
      account: key(s.account),
      lastseen: s.lastSeenAt,
    }));
  }

  async deleteSession(idHash: string): Promise<void> {
    if (!/^[0-9a-f]{64}$/.test(idHash)) return;
    await this.container.getBlobClient(`sessions/${idHash}.json`).deleteIfExists();
  }

  async deleteSessionsOf(account: string): Promise<number> {
    return this.deleteSessionsWhere((metadata) => metadata.account === key(account));
  }

  async deleteIdleSessions(cutoff: Date): Promise<number> {
    return this.deleteSessionsWhere((metadata) => !(Date.parse(metadata.lastseen ?? '') >= cutoff.getTime()));
  }

  async appendAudit(entry: AuditEntry): Promise<void> {
    await this.ensureContainer();
    const name = `audit/${entry.at.slice(0, 10)}/${this.writer}.jsonl`;
    const line = `${JSON.stringify(entry)}\n`;
    if (!(await appendText(this.container, name, line, this.created))) await appendText(this.container, name, line, this.created);
  }

  async listAudit({ limit = 100, offset = 0 } = {}): Promise<{ entries: AuditEntry[]; total: number }> {
    const blobs = (await listNames(this.container, 'audit/')).filter(({ name }) => AUDIT_BLOB.test(name));
    const texts = await Promise.all(blobs.map(({ name }) => download(this.container, name, MAX_AUDIT_BYTES)));
    const entries: AuditEntry[] = [];
    for (const text of texts) {
      for (const line of text?.text.split('\n') ?? []) {
        if (!line.trim()) continue;
        try {
          entries.push(JSON.parse(line) as AuditEntry);
        } catch {
          // a torn line: skipped (the entry was never acknowledged)
        }
      }
    }
    entries.sort((a, b) => b.at.localeCompare(a.at));
    return { entries: entries.slice(offset, offset + limit), total: entries.length };
  }

  async purgeAudit(cutoff: Date): Promise<number> {
    let deleted = 0;
    for (const { name } of await listNames(this.container, 'audit/')) {
      const day = AUDIT_BLOB.exec(name)?.[1];
      if (!day || Date.parse(`${day}T00:00:00Z`) + DAY_MS > cutoff.getTime()) continue;
      if ((await this.container.getBlobClient(name).deleteIfExists()).succeeded) deleted++;
    }
    return deleted;
  }

  async ping(): Promise<boolean> {
    await this.ensureContainer();
    await this.container.getProperties();
    return true;
  }

  async close(): Promise<void> {
    // Nothing held open: each call is its own HTTP request.
  }

  private async deleteSessionsWhere(matches: (metadata: Record<string, string>) => boolean): Promise<number> {
    let deleted = 0;
    for (const { name, metadata } of await listNames(this.container, 'sessions/')) {
      if (matches(metadata) && (await this.container.getBlobClient(name).deleteIfExists()).succeeded) deleted++;
    }
    return deleted;
  }

  private async readJson<T>(name: string): Promise<{ value: T; etag: string } | undefined> {
    const found = await download(this.container, name, MAX_BYTES);
    return found ? { value: JSON.parse(found.text) as T, etag: found.etag } : undefined;
  }

  private async write(name: string, value: unknown, conditions: { ifMatch?: string; ifNoneMatch?: string }, metadata?: Record<string, string>): Promise<void> {
    const body = JSON.stringify(value);
    await this.container.getBlockBlobClient(name).upload(body, Buffer.byteLength(body), {
      conditions,
      blobHTTPHeaders: { blobContentType: 'application/json; charset=utf-8' },
      ...(metadata ? { metadata } : {}),
    });
  }

  /** Read, change, write with If-Match (If-None-Match for a new blob when `create`), again on a race. */
  private async update<T>(name: string, change: (current: T | undefined) => T | undefined, create = false, metadata?: (value: T) => Record<string, string>): Promise<T | undefined> {
    for (let attempt = 1; ; attempt++) {
      const current = await this.readJson<T>(name);
      if (!current && !create) return undefined;
      const next = change(current?.value);
      if (next === undefined) return undefined;
      try {
        await this.write(name, next, current ? { ifMatch: current.etag } : { ifNoneMatch: '*' }, metadata?.(next));
        return next;
      } catch (error) {
        if (!hasStatus(error, 409, 412) || attempt >= UPDATE_ATTEMPTS) throw error;
        await new Promise((resolve) => setTimeout(resolve, 5 + Math.random() * 20 * attempt));
      }
    }
  }
}
