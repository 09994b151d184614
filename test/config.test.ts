// The configuration boundary: every variable documented, inconsistent settings refused with a
// message that says what to fix.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONFIG_VARIABLES, ConfigError, loadConfig } from '../src/config.js';

const repoRoot = path.resolve(import.meta.dirname, '..');

describe('configuration', () => {
  it('runs locally with no variables at all: port 3978, no auth, file storage, local Direct Line', () => {
    const config = loadConfig({}, repoRoot);
    expect(config.port).toBe(3978);
    expect(config.auth.enabled).toBe(false);
    expect(config.storage.kind).toBe('file');
    expect(config.directLine.mode).toBe('local');
    expect(config.dataDir).toBe(path.join(repoRoot, 'data'));
  });

  it('.env.example documents every variable the bot reads', () => {
    const example = readFileSync(path.join(repoRoot, '.env.example'), 'utf8');
    const documented = new Set([...example.matchAll(/^#?\s*([A-Za-z_]+)=/gm)].map((m) => m[1]));
    expect(CONFIG_VARIABLES.filter((name) => !documented.has(name))).toEqual([]);
  });

  it.each([
    [{ MicrosoftAppId: 'app' }, /MicrosoftAppPassword is not/],
    [{ MicrosoftAppPassword: 'secret' }, /without MicrosoftAppId/],
    [{ MicrosoftAppId: 'app', MicrosoftAppPassword: 's', MicrosoftAppType: 'SingleTenant' }, /needs MicrosoftAppTenantId/],
    [{ STORAGE: 'blob' }, /AZURE_STORAGE_CONNECTION_STRING/],
    [{ DIRECT_LINE: 'azure' }, /DIRECT_LINE_SECRET/],
    [{ SMTP_HOST: 'smtp.example.org' }, /BOOKING_EMAIL_FROM and BOOKING_EMAIL_TO/],
    [{ SMTP_USER: 'u' }, /SMTP_USER and SMTP_PASS/],
    [{ BOOKING_WEBHOOK_URL: 'ftp://x' }, /http\(s\) URL/],
    [{ PORT: 'eighty' }, /PORT: must be a whole number/],
    [{ STORAGE: 'redis' }, /STORAGE/],
    [{ BOOKING_RETENTION_DAYS: '30' }, /BOOKING_RETENTION_DAYS: must be a whole number from 365/],
    [{ SMTP_SECURE: 'maybe' }, /SMTP_SECURE: must be true or false/],
    [{ HOST: '0.0.0.0' }, /HOST=0\.0\.0\.0 without MicrosoftAppId.*ALLOW_REMOTE_WITHOUT_AUTH=true/],
    [{ STAFF_SSO_ISSUER: 'https://login.microsoftonline.com/t/v2.0' }, /needs STAFF_SSO_ISSUER, STAFF_SSO_CLIENT_ID, STAFF_SSO_CLIENT_SECRET and STAFF_SSO_REDIRECT_URL together/],
    [
      { STAFF_SSO_ISSUER: 'https://i.example', STAFF_SSO_CLIENT_ID: 'c', STAFF_SSO_CLIENT_SECRET: 's', STAFF_SSO_REDIRECT_URL: 'https://bot.example/elsewhere' },
      /STAFF_SSO_REDIRECT_URL must be/,
    ],
    [{ STAFF_SESSION_IDLE_MINUTES: '0' }, /STAFF_SESSION_IDLE_MINUTES: must be a whole number from 1/],
    [{ AUDIT_RETENTION_DAYS: '7' }, /AUDIT_RETENTION_DAYS: must be a whole number from 30/],
  ])('refuses %j with a message naming the problem', (env, message) => {
    expect(() => loadConfig(env as NodeJS.ProcessEnv, repoRoot)).toThrow(ConfigError);
    expect(() => loadConfig(env as NodeJS.ProcessEnv, repoRoot)).toThrow(message);
  });

  it.each([
    ['no app id', {}, '127.0.0.1'],
    ['no app id, HOST on this machine', { HOST: '::1' }, '::1'],
    ['no app id, remote access allowed explicitly', { ALLOW_REMOTE_WITHOUT_AUTH: 'true' }, undefined],
    ['an app id', { MicrosoftAppId: 'app', MicrosoftAppPassword: 's' }, undefined],
  ])('listens with %s on %s (undefined: every interface)', (_what, env, host) => {
    expect(loadConfig(env as NodeJS.ProcessEnv, repoRoot).host).toBe(host);
  });

  it('accepts a managed identity without a password', () => {
    const config = loadConfig(
      { MicrosoftAppId: 'app', MicrosoftAppType: 'UserAssignedMSI', MicrosoftAppTenantId: 'tenant' },
      repoRoot,
    );
    expect(config.auth).toMatchObject({ enabled: true, appType: 'UserAssignedMSI' });
  });
});
