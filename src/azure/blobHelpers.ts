// Small shared pieces for the stores kept in Azure Blob Storage (staff data, insights): the retry
// policy, status checks and reading a blob's text.
import { RestError, type ContainerClient, type StoragePipelineOptions } from '@azure/storage-blob';

/** A couple of short tries, then the caller hears that something is wrong (as state storage does). */
export const PIPELINE_OPTIONS: StoragePipelineOptions = {
  retryOptions: { maxTries: 3, tryTimeoutInMs: 4_000, retryDelayInMs: 100, maxRetryDelayInMs: 1_000 },
};

/** Duck-typed as well: the SDK's RestError can exist in several copies in node_modules. */
export function hasStatus(error: unknown, ...codes: number[]): boolean {
  const status = error instanceof RestError ? error.statusCode : (error as { statusCode?: unknown } | null)?.statusCode;
  return typeof status === 'number' && codes.includes(status);
}

export async function readText(stream: NodeJS.ReadableStream | undefined, maxBytes: number): Promise<string> {
  if (!stream) return '';
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buffer.length;
    if (size > maxBytes) throw new Error(`blob is larger than ${maxBytes} bytes`);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** A blob's text and eTag, or undefined when it does not exist. */
export async function download(container: ContainerClient, name: string, maxBytes: number): Promise<{ text: string; etag: string } | undefined> {
  try {
    const response = await container.getBlobClient(name).download();
    return { text: await readText(response.readableStreamBody, maxBytes), etag: response.etag ?? '' };
  } catch (error) {
    if (hasStatus(error, 404)) return undefined;
    throw error;
  }
}

/** Blob names under a prefix (none when the container does not exist yet). */
export async function listNames(container: ContainerClient, prefix: string): Promise<{ name: string; etag: string; metadata: Record<string, string> }[]> {
  const found: { name: string; etag: string; metadata: Record<string, string> }[] = [];
  try {
    for await (const blob of container.listBlobsFlat({ prefix, includeMetadata: true })) {
      found.push({ name: blob.name, etag: blob.properties.etag ?? '', metadata: blob.metadata ?? {} });
    }
  } catch (error) {
    if (!hasStatus(error, 404)) throw error;
  }
  return found;
}

/** Creates the container once (retried on the next call when it failed). */
export function containerCreator(container: ContainerClient): () => Promise<void> {
  let ready: Promise<void> | undefined;
  return () =>
    (ready ??= container
      .createIfNotExists()
      .then(() => undefined)
      .catch((error: unknown) => {
        ready = undefined;
        throw error;
      }));
}

/**
 * Appends text to the append blob `name`, creating it when missing. Resolves false when the blob
 * vanished meanwhile (another instance rewrote it): the caller then writes under a new name.
 */
export async function appendText(container: ContainerClient, name: string, text: string, created: Set<string>): Promise<boolean> {
  const blob = container.getAppendBlobClient(name);
  if (!created.has(name)) {
    await blob.createIfNotExists({ blobHTTPHeaders: { blobContentType: 'application/x-ndjson; charset=utf-8' } });
    created.add(name);
  }
  try {
    for (const chunk of chunks(text)) await blob.appendBlock(chunk, Buffer.byteLength(chunk));
    return true;
  } catch (error) {
    if (!hasStatus(error, 404)) throw error;
    created.delete(name);
    return false;
  }
}

/** One Append Block takes at most 4 MiB: longer texts go in whole-line pieces under that. */
function chunks(text: string, maxBytes = 3 * 1024 * 1024): string[] {
  if (Buffer.byteLength(text) <= maxBytes) return [text];
  const pieces: string[] = [];
  let current = '';
  for (const line of text.split(/(?<=\n)/)) {
    if (current && Buffer.byteLength(current) + Buffer.byteLength(line) > maxBytes) {
      pieces.push(current);
      current = '';
    }
    current += line;
  }
  if (current) pieces.push(current);
  return pieces;
}
