// The soak script in quick mode (`npm run soak` runs the same function for longer): concurrent
// FAQ and booking conversations against the built bot while it is killed with SIGKILL and
// restarted. No turn fails while the bot is up, and every booking whose reference a person was
// shown is still listed by `npm run bookings` afterwards.
import { describe, expect, it } from 'vitest';
import { soak } from '../../scripts/soak.mjs';
import { built } from '../support/build.js';

describe('soak (quick mode)', () => {
  it('serves FAQ and booking turns through a SIGKILL and restart without losing a confirmed booking', async () => {
    const summary = await soak({ seconds: 4, conc: 4, dist: built('dist') });
    expect(summary.errorSamples).toEqual([]);
    expect(summary.confirmedButMissing).toEqual([]);
    expect(summary.crashesLogged).toBe(0);
    expect(summary.faqTurns).toBeGreaterThan(0);
    expect(summary.bookingsConfirmed).toBeGreaterThan(0);
    expect(summary.ok).toBe(true);
  }, 120_000);
});
