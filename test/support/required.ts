// Tests that need something outside the repository (Debian's Chromium, the shared harness and
// evaluation set next to the checkout in ../shared): without it they are skipped with a message
// naming what is missing, except under CI=true, where a missing part fails the run instead of
// quietly testing less.
import { describe, it } from 'vitest';

export const IN_CI = process.env.CI === 'true';

/**
 * True when `available`; otherwise false, after announcing the skip (or, under CI=true,
 * registering a failing test that names what is missing). Use with describe.runIf / it.runIf.
 */
export function requires(available: boolean, what: string, testFile: string): boolean {
  if (available) return true;
  if (IN_CI) {
    describe(`${testFile}: needs ${what}`, () => {
      it('is available in CI', () => {
        throw new Error(`${what} is missing: under CI=true this fails instead of being skipped`);
      });
    });
  } else {
    console.warn(`SKIPPED in ${testFile}: ${what} is missing`);
  }
  return false;
}
