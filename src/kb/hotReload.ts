// Knowledge base edits take effect on the next message, without a restart. Before a turn (at most
// once a second) the YAML files' names, sizes and modification times are compared with the last
// load; when they differ, the folder is loaded and validated again and the understanding rebuilt.
// A valid knowledge base replaces the old one in one assignment, so a turn sees either the old
// or the new one, never a mix. An invalid one is logged (file, entry, field) and the last good
// knowledge base keeps answering. Polling on the turn is used instead of fs.watch, which misses
// or repeats events on network and container filesystems.
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Middleware, TurnContext } from 'botbuilder';
import { KnowledgeError, loadKnowledge } from './load.js';
import type { Knowledge } from './schema.js';
import { servingKnowledge, type InsightsKnowledge, type ServingKnowledge } from './serving.js';

export interface ReloadLog {
  info(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export interface LiveKnowledgeOptions<T> {
  /** The knowledge folder (config.knowledgeDir). */
  dir: string;
  /** What is built from each knowledge base (the understanding): built once per load, never per turn. */
  build: (knowledge: Knowledge) => T;
  log: ReloadLog;
  /** Defaults to loadKnowledge; injectable for tests. */
  load?: (dir: string) => Promise<Knowledge>;
  /** Minimum time between two looks at the files. */
  checkEveryMs?: number;
  now?: () => number;
}

interface Loaded<T> {
  knowledge: ServingKnowledge;
  built: T;
  /** The files as they were when this knowledge base was read. */
  signature: string;
  version: number;
}

/** Names, sizes and modification times of the folder's YAML files: changes when any file does. */
async function folderSignature(dir: string): Promise<string> {
  let names: string[];
  try {
    names = (await readdir(dir, { recursive: true })).map(String).filter((name) => /\.ya?ml$/i.test(name));
  } catch (error) {
    return `unreadable:${(error as NodeJS.ErrnoException).code ?? 'error'}`;
  }
  const parts = await Promise.all(
    names.sort().map(async (name) => {
      try {
        const s = await stat(path.join(dir, name));
        return `${name}:${s.size}:${s.mtimeMs}`;
      } catch {
        return `${name}:gone`; // deleted between readdir and stat: the next look sees the final state
      }
    }),
  );
  return parts.join('|');
}

/**
 * The current knowledge base and what is built from it. `knowledge` always reads the latest good
 * version; `built()` returns the latest good build (the understanding).
 */
export class LiveKnowledge<T> {
  /** Knowledge whose fields always belong to the latest good knowledge base. */
  readonly knowledge: ServingKnowledge;

  private current: Loaded<T>;
  private readonly load: (dir: string) => Promise<Knowledge>;
  private readonly checkEveryMs: number;
  private readonly now: () => number;
  private lastCheck = 0;
  private inFlight: Promise<boolean> | undefined;
  /** The files' signature whose load failed: not retried (or logged again) until they change. */
  private failedSignature: string | undefined;
  /** Why the last reload failed, until a reload succeeds (the staff page's health panel shows it). */
  private lastError: { at: string; message: string } | undefined;

  private constructor(
    private readonly options: LiveKnowledgeOptions<T>,
    initial: Loaded<T>,
  ) {
    this.current = initial;
    this.load = options.load ?? loadKnowledge;
    this.checkEveryMs = options.checkEveryMs ?? 1000;
    this.now = options.now ?? Date.now;
    this.lastCheck = this.now();
    // Every field, read through to whichever knowledge base is current at the time of reading.
    this.knowledge = new Proxy({} as ServingKnowledge, { get: (_target, field) => this.current.knowledge[field as keyof ServingKnowledge] });
  }

  /** Loads the folder (throws KnowledgeError when it is invalid: at start-up there is no last good one). */
  static async open<T>(options: LiveKnowledgeOptions<T>): Promise<LiveKnowledge<T>> {
    const load = options.load ?? loadKnowledge;
    const signature = await folderSignature(options.dir);
    const knowledge = await load(options.dir);
    return new LiveKnowledge(options, { built: options.build(knowledge), knowledge: servingKnowledge(knowledge), signature, version: 1 });
  }

  /** What was built from the latest good knowledge base. */
  built(): T {
    return this.current.built;
  }

  /** How many times a knowledge base was loaded successfully (1 = the one from start-up). */
  get version(): number {
    return this.current.version;
  }

  /** The last edit that did not load (the previous knowledge base keeps answering), if any. */
  lastReloadError(): { at: string; message: string } | undefined {
    return this.lastError;
  }

  /** The knowledge base itself (not the live view): stays the same object across reloads. */
  snapshot(): ServingKnowledge {
    return this.current.knowledge;
  }

  /**
   * The whole knowledge base as the files now hold it, phrasings included (the insights page's suggestions), or the
   * one in use when the files do not load.
   */
  async full(): Promise<InsightsKnowledge> {
    try {
      return await this.load(this.options.dir);
    } catch {
      return this.current.knowledge;
    }
  }

  /**
   * Looks at the files (at most once per checkEveryMs) and reloads when they changed.
   * Resolves true when a new knowledge base is now in use. Never rejects.
   */
  refresh({ force = false } = {}): Promise<boolean> {
    if (this.inFlight) return this.inFlight;
    const now = this.now();
    if (!force && now - this.lastCheck < this.checkEveryMs) return Promise.resolve(false);
    this.lastCheck = now;
    this.inFlight = this.reloadIfChanged().finally(() => {
      this.inFlight = undefined;
    });
    return this.inFlight;
  }

  /** Bot Framework middleware: refresh before every turn, so an edit answers the very next message. */
  middleware(): Middleware {
    return {
      onTurn: async (_context: TurnContext, next: () => Promise<void>) => {
        await this.refresh();
        await next();
      },
    };
  }

  private async reloadIfChanged(): Promise<boolean> {
    const { dir, build, log } = this.options;
    const signature = await folderSignature(dir);
    if (signature === this.current.signature || signature === this.failedSignature) return false;
    const started = performance.now();
    try {
      const knowledge = await this.load(dir);
      const built = build(knowledge);
      this.current = { knowledge: servingKnowledge(knowledge), built, signature, version: this.current.version + 1 };
      this.failedSignature = undefined;
      this.lastError = undefined;
      log.info(
        { entries: knowledge.entries.length, version: this.current.version, ms: Math.round(performance.now() - started) },
        'knowledge base reloaded',
      );
      return true;
    } catch (error) {
      this.failedSignature = signature;
      const problems = error instanceof KnowledgeError ? error.problems : [];
      const reason = error instanceof Error ? error.message : String(error);
      this.lastError = { at: new Date(this.now()).toISOString(), message: reason };
      log.error({ problems }, `knowledge base not reloaded, still answering from the last good one: ${reason}`);
      return false;
    }
  }
}
