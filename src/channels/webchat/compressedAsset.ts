// One static file served the way browsers like it: content-hashed name, strong ETag (304s),
// brotli or gzip compressed once on first request and kept in memory.
import { createHash, type Hash } from 'node:crypto';
import { closeSync, openSync, readSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { promisify } from 'node:util';
import zlib from 'node:zlib';

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** For fixed URLs that clinics paste into their sites (/embed.js): revalidate, cache briefly. */
export const SHORT_CACHE = 'public, max-age=300, must-revalidate';
export const REVALIDATE = 'no-cache';

/**
 * What an asset serves: bytes held in memory, or a large file (the 4 MB Web Chat bundle) that stays on disk and is
 * read in pieces to hash it, whole to compress it once, or for the rare browser that takes it uncompressed, rather
 * than held for the process's life.
 */
export type AssetSource = Buffer | { file: string };

export class CompressedAsset {
  readonly hash: string;
  readonly etag: string;
  private readonly size: number;
  private readonly body: Buffer | undefined;
  private readonly file: string | undefined;
  private readonly compressed = new Map<'br' | 'gzip', Promise<Buffer>>();

  constructor(
    source: AssetSource,
    readonly contentType: string,
    private readonly cacheControl: string,
    private readonly extraHeaders: Record<string, string> = {},
  ) {
    const hash = createHash('sha256');
    if (Buffer.isBuffer(source)) {
      this.body = source;
      this.size = source.length;
      hash.update(source);
    } else {
      this.file = source.file;
      this.size = hashFile(source.file, hash);
    }
    this.hash = hash.digest('hex').slice(0, 16);
    this.etag = `"${this.hash}"`;
  }

  /** `name.ext` -> `name.<hash>.ext`, the URL under which the asset never changes. */
  hashedName(name: string): string {
    const dot = name.lastIndexOf('.');
    return dot < 0 ? `${name}.${this.hash}` : `${name.slice(0, dot)}.${this.hash}${name.slice(dot)}`;
  }

  async serve(req: IncomingMessage, res: ServerResponse, headers: Record<string, string> = {}): Promise<void> {
    const common = { ETag: this.etag, 'Cache-Control': this.cacheControl, Vary: 'Accept-Encoding', ...this.extraHeaders, ...headers };
    const match = req.headers['if-none-match'];
    if (match && match.split(',').some((tag) => tag.trim().replace(/^W\//, '') === this.etag)) {
      res.writeHead(304, common);
      res.end();
      return;
    }
    const encoding = this.compressible ? preferredEncoding(req.headers['accept-encoding']) : undefined;
    const body = encoding ? await this.encoded(encoding) : await this.bytes();
    res.writeHead(200, {
      ...common,
      'Content-Type': this.contentType,
      'Content-Length': body.length,
      ...(encoding ? { 'Content-Encoding': encoding } : {}),
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  private get compressible(): boolean {
    return this.size > 1024 && /^(text\/|application\/(javascript|json)|image\/svg)/.test(this.contentType);
  }

  private bytes(): Promise<Buffer> {
    return this.body ? Promise.resolve(this.body) : readFile(this.file as string);
  }

  private encoded(encoding: 'br' | 'gzip'): Promise<Buffer> {
    let pending = this.compressed.get(encoding);
    if (!pending) {
      pending = this.bytes().then((bytes) =>
        encoding === 'br'
          ? brotli(bytes, {
              params: {
                // Quality 11 on the 4 MB Web Chat bundle takes seconds; 9 is nearly as small and fast.
                [zlib.constants.BROTLI_PARAM_QUALITY]: this.size > 512 * 1024 ? 9 : 11,
                [zlib.constants.BROTLI_PARAM_SIZE_HINT]: this.size,
              },
            })
          : gzip(bytes, { level: 9 }),
      );
      // A failed read or compression is not kept: the next request tries again.
      pending.catch(() => this.compressed.delete(encoding));
      this.compressed.set(encoding, pending);
    }
    return pending;
  }
}

/**
 * Feeds the file to `hash` 64 kB at a time; its size. Read whole, the 4 MB bundle passed through a buffer of its own
 * size, and once a buffer that large is freed, glibc raises the size below which it keeps freed memory instead of
 * handing it back: the process held megabytes it no longer used.
 */
function hashFile(file: string, hash: Hash): number {
  const fd = openSync(file, 'r');
  try {
    const piece = Buffer.alloc(64 * 1024);
    let size = 0;
    for (let read = readSync(fd, piece); read > 0; read = readSync(fd, piece)) {
      hash.update(piece.subarray(0, read));
      size += read;
    }
    return size;
  } finally {
    closeSync(fd);
  }
}

function preferredEncoding(header: string | string[] | undefined): 'br' | 'gzip' | undefined {
  const offered = new Map<string, number>();
  for (const part of String(header ?? '').split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => /^\s*q=([\d.]+)/.exec(p)?.[1]).find(Boolean);
    if (name) offered.set(name, q === undefined ? 1 : Number(q));
  }
  if ((offered.get('br') ?? 0) > 0) return 'br';
  if ((offered.get('gzip') ?? 0) > 0) return 'gzip';
  return undefined;
}
