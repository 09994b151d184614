// A secret the bot makes at its first start and keeps in DATA_DIR (readable by its user only).
// Instances that share DATA_DIR may start at the same moment: writing the file in place (even with
// 'wx') lets another instance read it while it is still empty and refuse it. So the secret is
// written whole under a name of its own and then linked into place, which either makes the file
// complete or fails because another instance got there first; both then read the same secret.
import { randomBytes } from 'node:crypto';
import { chmodSync, linkSync, mkdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const OWNER_ONLY = 0o600;

/** The secret in `file` (trimmed), made with `make` when there is none yet. */
export function readOrCreateSecretFile(file: string, make: () => string): string {
  mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const draft = `${file}.${process.pid}.${randomBytes(6).toString('hex')}.new`;
  writeFileSync(draft, `${make()}\n`, { flag: 'wx', mode: OWNER_ONLY });
  try {
    linkSync(draft, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    // Kept from an older version or copied in by hand: still only for the bot's user.
    if (statSync(file).mode & 0o077) chmodSync(file, OWNER_ONLY);
  } finally {
    unlinkSync(draft);
  }
  return readFileSync(file, 'utf8').trim();
}
