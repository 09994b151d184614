// Staff passwords: scrypt from node:crypto (memory-hard, no native add-on to build), a random salt
// per password, the parameters stored with the hash so they can be raised later without breaking
// old hashes, and a constant-time comparison. Format: scrypt$N$r$p$<salt b64url>$<hash b64url>.
import { randomBytes, scrypt as scryptCallback, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/** OWASP's scrypt minimum is N=2^17, r=8, p=1 (128 MiB); 2^15 with r=8 is 32 MiB per sign-in on a 2-core host. */
export const SCRYPT_PARAMETERS = { N: 2 ** 15, r: 8, p: 1 } as const;
const KEY_BYTES = 32;
const SALT_BYTES = 16;
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 256;

function scrypt(password: string, salt: Buffer, keylen: number, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scryptCallback(password.normalize('NFKC'), salt, keylen, options, (error, key) => (error ? reject(error) : resolve(key))),
  );
}

/** Why a new password is refused, or undefined when it is fine. */
export function passwordProblem(password: string): string | undefined {
  if (password.length < MIN_PASSWORD_LENGTH) return `a password needs at least ${MIN_PASSWORD_LENGTH} characters`;
  if (password.length > MAX_PASSWORD_LENGTH) return `a password may have at most ${MAX_PASSWORD_LENGTH} characters`;
  return undefined;
}

export async function hashPassword(password: string, parameters: { N: number; r: number; p: number } = SCRYPT_PARAMETERS): Promise<string> {
  const salt = randomBytes(SALT_BYTES);
  const key = await scrypt(password, salt, KEY_BYTES, { ...parameters, maxmem: 256 * parameters.N * parameters.r });
  return ['scrypt', parameters.N, parameters.r, parameters.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

export interface HashParameters {
  N: number;
  r: number;
  p: number;
  saltBytes: number;
  keyBytes: number;
}

export function hashParameters(stored: string): HashParameters | undefined {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return undefined;
  const [N, r, p] = parts.slice(1, 4).map(Number) as [number, number, number];
  if (![N, r, p].every((n) => Number.isInteger(n) && n > 0) || N > 2 ** 20 || r > 32 || p > 16) return undefined;
  return { N, r, p, saltBytes: Buffer.from(parts[4]!, 'base64url').length, keyBytes: Buffer.from(parts[5]!, 'base64url').length };
}

/** True when `password` matches `stored`; the final comparison takes the same time whatever differs. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parameters = hashParameters(stored);
  if (!parameters || parameters.keyBytes === 0) return false;
  const [, , , , salt, expected] = stored.split('$');
  const key = await scrypt(password, Buffer.from(salt!, 'base64url'), parameters.keyBytes, {
    N: parameters.N,
    r: parameters.r,
    p: parameters.p,
    maxmem: 256 * parameters.N * parameters.r,
  });
  return timingSafeEqual(key, Buffer.from(expected!, 'base64url'));
}

/** A hash no password matches, verified when the account does not exist so both cases take as long. */
let decoy: Promise<string> | undefined;
export function decoyHash(): Promise<string> {
  decoy ??= hashPassword(randomBytes(24).toString('base64url'));
  return decoy;
}
