// An app registration configured halfway must stop `node dist/src/index.js` at once (exit 1)
// with a short message naming the problem, never a stack trace, and never start serving
// unauthenticated.
import { describe, expect, it } from 'vitest';
import { startBot } from '../scaleout/botProcess.js';

const APP_ID = '00000000-0000-0000-0000-0000000000a1';

describe('inconsistent channel authentication settings', () => {
  it.each([
    ['an app id without a password', { MicrosoftAppId: APP_ID }, /MicrosoftAppId is set but MicrosoftAppPassword is not/],
    ['a password without an app id', { MicrosoftAppPassword: 'secret' }, /set without MicrosoftAppId/],
    ['SingleTenant without a tenant', { MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'secret', MicrosoftAppType: 'SingleTenant' }, /SingleTenant needs MicrosoftAppTenantId/],
    ['a managed identity without a tenant', { MicrosoftAppId: APP_ID, MicrosoftAppType: 'UserAssignedMSI' }, /UserAssignedMSI needs MicrosoftAppTenantId/],
    ['an unknown app type', { MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'secret', MicrosoftAppType: 'Anonymous' }, /MicrosoftAppType/],
  ])('%s: exit 1 with the problem named, no stack trace', async (_what, env, problem) => {
    const bot = await startBot({ env: { STORAGE: 'memory', ...env }, waitReady: false });
    const { code } = await bot.exited;
    expect(code).toBe(1);
    const output = bot.output();
    expect(output).toMatch(problem);
    expect(output).not.toMatch(/\n\s+at |\.js:\d+|node_modules/);
    expect(output.trim().split('\n').length).toBeLessThanOrEqual(3);
    expect(output).not.toMatch(/"msg":"ready"/);
  });
});
