// The Teams app package: the filled manifest passes the official schema bundled in
// @microsoft/app-manifest (checked offline), the icons have the sizes Teams requires, and the
// ZIP has the three files at its root. Placeholder ids are refused unless it is a dry run.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ManifestUtil } from '@microsoft/app-manifest';
import { describe, expect, it } from 'vitest';
import { ICONS, buildTeamsAppPackage, readPngSize } from '../../src/channels/teams/appPackage.js';
import { ManifestInputError, ZERO_GUID, buildTeamsManifest, type ManifestInputs } from '../../src/channels/teams/manifest.js';
import { bundledSchemaPath, loadSchemaCheck } from '../../src/channels/teams/manifestSchema.js';
import { readZip } from '../../src/channels/teams/zipWriter.js';
import { clinicSchema } from '../../src/kb/schema.js';
import { built } from '../support/build.js';
import { repoPath } from '../support/repo.js';

const teamsDir = repoPath('teams');
const template = readFileSync(path.join(teamsDir, 'manifest.template.json'), 'utf8');
const APP_ID = '3f1e2d4c-5b6a-4978-8e9d-0a1b2c3d4e5f';
const BOT_ID = '9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d';

const clinic = clinicSchema.parse({
  name: 'Nordel Physio Clinic',
  location: 'Delta, BC',
  website: 'https://www.nordelphysio.example',
  privacyPolicyUrl: 'https://www.nordelphysio.example/privacy',
  followUpPromise: 'The clinic will contact you within one business day to confirm a time.',
});
const inputs: ManifestInputs = { teamsAppId: APP_ID, botId: BOT_ID, clinic, version: '0.1.0' };

async function officialSchema(version: string) {
  return JSON.parse(await readFile(bundledSchemaPath(version), 'utf8')) as Parameters<typeof ManifestUtil.validateManifestAgainstSchema>[1];
}

describe('Teams manifest', () => {
  it('matches the official schema of its manifestVersion, checked offline', async () => {
    const { manifest } = buildTeamsManifest(template, inputs);
    expect(manifest.manifestVersion).toBe('1.19');
    const errors = await ManifestUtil.validateManifestAgainstSchema(manifest as never, await officialSchema('1.19'));
    expect(errors).toEqual([]);
  });

  it('declares a bot for personal chats, teams and group chats, with starter commands', () => {
    const { manifest } = buildTeamsManifest(template, inputs);
    const [bot] = manifest.bots as { botId: string; scopes: string[]; commandLists: { commands: { title: string }[] }[] }[];
    expect(manifest.id).toBe(APP_ID);
    expect(bot?.botId).toBe(BOT_ID);
    expect(bot?.scopes.sort()).toEqual(['groupChat', 'personal', 'team']);
    const titles = bot!.commandLists[0]!.commands.map((c) => c.title);
    expect(titles.slice(0, 3)).toEqual(['What is IMS?', 'Does IMS hurt?', 'Is IMS covered?']);
    expect(manifest.developer).toMatchObject({ name: 'Nordel Physio Clinic', privacyUrl: 'https://www.nordelphysio.example/privacy' });
  });

  it('notices a manifest that breaks the schema (the check can fail)', async () => {
    const { manifest } = buildTeamsManifest(template, inputs);
    const broken = { ...manifest, bots: [{ ...(manifest.bots as object[])[0], scopes: ['everyone'] }] };
    const errors = await ManifestUtil.validateManifestAgainstSchema(broken as never, await officialSchema('1.19'));
    expect(errors.join('\n')).toContain('/bots/0/scopes');
  });

  it.each([
    ['TEAMS_APP_ID unset', { teamsAppId: undefined }, 'TEAMS_APP_ID is not set'],
    ['the zero GUID', { teamsAppId: ZERO_GUID }, 'TEAMS_APP_ID is not valid'],
    ['MicrosoftAppId unset', { botId: undefined }, 'MicrosoftAppId is not set'],
    ['no clinic website', { clinic: { ...clinic, website: '' } }, 'website (config/clinic.yaml) is not set'],
    ['an http privacy page', { clinic: { ...clinic, privacyPolicyUrl: 'http://x.example/p' } }, 'privacyPolicyUrl'],
  ])('refuses placeholders: %s', (_case, change, message) => {
    expect(() => buildTeamsManifest(template, { ...inputs, ...change })).toThrow(ManifestInputError);
    expect(() => buildTeamsManifest(template, { ...inputs, ...change })).toThrow(message);
  });

  it('builds a dry-run manifest with placeholders when allowed, and says which', async () => {
    const { manifest, placeholders } = buildTeamsManifest(template, { ...inputs, teamsAppId: undefined, botId: undefined }, { allowPlaceholders: true });
    expect(placeholders).toEqual(['TEAMS_APP_ID', 'MicrosoftAppId']);
    expect(manifest.id).toBe(ZERO_GUID);
    expect(await ManifestUtil.validateManifestAgainstSchema(manifest as never, await officialSchema('1.19'))).toEqual([]);
  });
});

describe('Teams app package', () => {
  it.each(Object.values(ICONS))('has a $size x $size $file icon', ({ file, size }) => {
    const png = readPngSize(readFileSync(path.join(teamsDir, file)));
    expect([png.width, png.height]).toEqual([size, size]);
  });

  it('keeps the outline icon transparent (white on transparent, as Teams requires)', () => {
    expect(readPngSize(readFileSync(path.join(teamsDir, 'outline.png'))).colorType).toBe(6);
  });

  it('zips manifest.json and both icons at the root', async () => {
    const built = await buildTeamsAppPackage({ teamsDir, inputs, validate: await loadSchemaCheck() });
    const files = readZip(built.zip);
    expect([...files.keys()].sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    expect(JSON.parse(files.get('manifest.json')!.toString()).bots[0].botId).toBe(BOT_ID);
    expect(files.get('color.png')!.equals(readFileSync(path.join(teamsDir, 'color.png')))).toBe(true);
  });

  it('is built by `npm run teams:package` from the environment, and refuses placeholders there too', () => {
    const cli = built('dist/src/cli/teams-package.js');
    const out = path.join(mkdtempSync(path.join(os.tmpdir(), 'teams-pkg-')), 'app.zip');
    try {
      const run = (env: Record<string, string>, ...args: string[]) =>
        spawnSync(process.execPath, [cli, '--out', out, ...args], {
          cwd: repoPath(),
          encoding: 'utf8',
          env: { PATH: process.env.PATH ?? '', ...env },
        });
      const refused = run({});
      expect(refused.status).toBe(1);
      expect(refused.stderr).toContain('TEAMS_APP_ID is not set');
      expect(refused.stderr).toContain('--allow-placeholders');

      const dryRun = run({}, '--allow-placeholders');
      expect(dryRun.stderr).toContain('DRY RUN');
      expect(dryRun.status).toBe(0);
      expect(readZip(readFileSync(out)).has('manifest.json')).toBe(true);
    } finally {
      rmSync(path.dirname(out), { recursive: true, force: true });
    }
  });
});
