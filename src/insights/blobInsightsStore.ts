// Insight events in Azure Blob Storage (STORAGE=blob), shared by every bot instance: one append
// blob per instance and UTC day (<day>/<writer>.jsonl), so instances never write to the same blob
// and an append is one atomic Append Block. Reading lists and downloads the days wanted.
// Retention deletes whole days. "Forget me" (deleteConversation) rewrites a blob that holds the
// conversation: the kept lines go to a new blob, then the old one is deleted only if nobody
// appended to it meanwhile (If-Match); otherwise the new one is dropped and the blob done again.
import { randomUUID } from 'node:crypto';
import { ContainerClient } from '@azure/storage-blob';
import { appendText, containerCreator, download, hasStatus, listNames, PIPELINE_OPTIONS } from '../azure/blobHelpers.js';
import type { InsightEvent } from './events.js';
import { conversationHash } from './recorder.js';
import { dayOf, parseLine, type InsightsStorage, type ReadOptions, type StoreOptions } from './store.js';

const DAY_MS = 24 * 60 * 60 * 1000;
const MAX_BLOB_BYTES = 64 * 1024 * 1024;
const REWRITE_ATTEMPTS = 5;
const BLOB = /^(\d{4}-\d{2}-\d{2})\/[\w-]+\.jsonl$/;

export interface BlobInsightsStoreOptions extends StoreOptions {
  connectionString: string;
  /** config.storage.insightsContainer. */
  containerName: string;
}

export class BlobInsightsStore implements InsightsStorage {
  private readonly container: ContainerClient;
  private readonly ensureContainer: () => Promise<void>;
  private readonly created = new Set<string>();
  private writer = randomUUID();
  private queue: Promise<unknown> = Promise.resolve();
  private lastDay = '';

  constructor(private readonly options: BlobInsightsStoreOptions) {
    this.container = new ContainerClient(options.connectionString, options.containerName, PIPELINE_OPTIONS);
    this.ensureContainer = containerCreator(this.container);
  }

  append(event: InsightEvent): Promise<void> {
    const day = dayOf(event.at);
    const line = `${JSON.stringify(event)}\n`;
    const work = this.queue.then(async () => {
      await this.ensureContainer();
      // A blob rewritten by "forget me" on another instance is gone: write under a new name.
      if (!(await appendText(this.container, this.blobName(day), line, this.created))) {
        this.writer = randomUUID();
        await appendText(this.container, this.blobName(day), line, this.created);
      }
      if (day !== this.lastDay) {
        this.lastDay = day;
        const { retentionDays } = this.options;
        if (retentionDays) await this.deleteUntouchedSince(new Date(Date.parse(`${day}T00:00:00Z`) - retentionDays * DAY_MS));
      }
    });
    this.queue = work.catch(() => undefined);
    return work;
  }

  async read(options: ReadOptions = {}): Promise<InsightEvent[]> {
    const since = options.since?.getTime();
    const events: InsightEvent[] = [];
    const blobs = (await this.blobs()).filter(({ day }) => since === undefined || Date.parse(`${day}T00:00:00Z`) + DAY_MS > since);
    const texts = await Promise.all(blobs.map(({ name }) => download(this.container, name, MAX_BLOB_BYTES)));
    for (const text of texts) {
      for (const line of text?.text.split('\n') ?? []) {
        const event = parseLine(line);
        if (event && (since === undefined || Date.parse(event.at) >= since)) events.push(event);
      }
    }
    return events.sort((a, b) => a.at.localeCompare(b.at));
  }

  async deleteUntouchedSince(cutoff: Date): Promise<number> {
    let deleted = 0;
    for (const { name, day } of await this.blobs()) {
      if (Date.parse(`${day}T00:00:00Z`) + DAY_MS > cutoff.getTime()) continue;
      try {
        await this.container.getBlobClient(name).delete();
        deleted++;
      } catch (error) {
        if (!hasStatus(error, 404)) throw error;
      }
    }
    return deleted;
  }

  async deleteConversation(conversationKey: string): Promise<number> {
    await this.flush();
    const hash = conversationHash(conversationKey);
    let removed = 0;
    for (const { name, day } of await this.blobs()) removed += await this.rewriteWithout(name, day, hash);
    return removed;
  }

  startRetentionTimer(everyMs = 6 * 60 * 60 * 1000, now: () => Date = () => new Date()): { stop(): Promise<void> } {
    const { retentionDays } = this.options;
    if (!retentionDays) return { stop: async () => undefined };
    let running: Promise<unknown> | undefined;
    const sweep = () => {
      running ??= this.deleteUntouchedSince(new Date(now().getTime() - retentionDays * DAY_MS))
        .catch(() => 0)
        .finally(() => {
          running = undefined;
        });
    };
    sweep();
    const timer = setInterval(sweep, everyMs).unref();
    return {
      async stop() {
        clearInterval(timer);
        await running;
      },
    };
  }

  async flush(): Promise<void> {
    await this.queue;
  }

  private blobName(day: string): string {
    return `${day}/${this.writer}.jsonl`;
  }

  private async blobs(): Promise<{ name: string; day: string }[]> {
    return (await listNames(this.container, ''))
      .map(({ name }) => ({ name, match: BLOB.exec(name) }))
      .filter((b): b is { name: string; match: RegExpExecArray } => b.match !== null)
      .map(({ name, match }) => ({ name, day: match[1]! }))
      .sort((a, b) => a.day.localeCompare(b.day) || a.name.localeCompare(b.name));
  }

  /** Removes one conversation's lines from one blob; resolves with how many went. */
  private async rewriteWithout(name: string, day: string, hash: string): Promise<number> {
    for (let attempt = 1; attempt <= REWRITE_ATTEMPTS; attempt++) {
      const current = await download(this.container, name, MAX_BLOB_BYTES);
      if (!current) return 0;
      const lines = current.text.split('\n').filter((line) => line.trim());
      const kept = lines.filter((line) => parseLine(line)?.conversation !== hash);
      if (kept.length === lines.length) return 0;
      let replacement: string | undefined;
      if (kept.length) {
        replacement = `${day}/${randomUUID()}.jsonl`;
        await appendText(this.container, replacement, kept.map((line) => `${line}\n`).join(''), new Set());
      }
      try {
        await this.container.getBlobClient(name).delete({ conditions: { ifMatch: current.etag } });
        if (name === this.blobName(day)) this.writer = randomUUID();
        return lines.length - kept.length;
      } catch (error) {
        if (replacement) await this.container.getBlobClient(replacement).deleteIfExists();
        if (!hasStatus(error, 412, 404)) throw error;
        if (hasStatus(error, 404)) return 0;
      }
    }
    throw new Error(`insights blob ${name} kept changing while a conversation was being deleted from it`);
  }
}
