// A large file read at start-up only to be hashed (the 4 MB Web Chat bundle) is read 64 kB at a time. Read whole, it
// passed through a buffer of its own size; once a buffer that large is freed, the C allocator raises the size below
// which it keeps freed memory for reuse instead of handing it back, and the process held on to megabytes it no
// longer used.
import { closeSync, openSync, readSync } from 'node:fs';

const PIECE_BYTES = 64 * 1024;

/** Calls `take` with each piece of the file in order (the buffer is reused: copy what you keep). */
export function readInPieces(file: string, take: (piece: Buffer) => void): void {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(PIECE_BYTES);
    for (let read = readSync(fd, buffer); read > 0; read = readSync(fd, buffer)) take(buffer.subarray(0, read));
  } finally {
    closeSync(fd);
  }
}
