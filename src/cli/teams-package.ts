// `npm run teams:package`: builds dist/teams/nordel-ims-bot.zip, the Microsoft Teams app package
// (manifest from teams/manifest.template.json + icons), with TEAMS_APP_ID and MicrosoftAppId
// from the environment and the clinic's URLs from config/clinic.yaml. The manifest is checked
// offline against the official schema. `--allow-placeholders` builds a dry-run package with
// zero GUIDs / example URLs (not installable); `--out FILE` writes elsewhere.
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildTeamsAppPackage } from '../channels/teams/appPackage.js';
import { ManifestInputError } from '../channels/teams/manifest.js';
import { loadSchemaCheck } from '../channels/teams/manifestSchema.js';
import { ConfigError, loadConfig } from '../config.js';
import { KnowledgeError, loadClinic } from '../kb/load.js';
import { folderAbove } from '../projectFile.js';

const USAGE = 'Usage: npm run teams:package -- [--allow-placeholders] [--out dist/teams/nordel-ims-bot.zip]';

/** The project folder (with teams/): the working directory, or above this file (dist/src/cli). */
function projectDir(): string {
  if (existsSync(path.resolve('teams', 'manifest.template.json'))) return process.cwd();
  const dir = folderAbove(path.dirname(fileURLToPath(import.meta.url)), path.join('teams', 'manifest.template.json'));
  if (dir) return dir;
  throw new Error('teams/manifest.template.json not found: run this from the project folder.');
}

async function main(argv: string[]): Promise<number> {
  let allowPlaceholders = false;
  let out: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--allow-placeholders') allowPlaceholders = true;
    else if (arg === '--out' && argv[i + 1]) out = argv[++i];
    else if (arg === '--help' || arg === '-h') {
      console.log(USAGE);
      return 0;
    } else {
      console.error(`Unknown option ${arg}\n${USAGE}`);
      return 2;
    }
  }

  const root = projectDir();
  const config = loadConfig(process.env, root);
  const clinic = await loadClinic(config.clinicConfigPath);
  const version = (JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8')) as { version: string }).version;
  const validate = await loadSchemaCheck();
  if (!validate) console.warn('Note: @microsoft/app-manifest is not installed (dev dependency): the schema check is skipped.');

  const built = await buildTeamsAppPackage({
    teamsDir: path.join(root, 'teams'),
    inputs: { teamsAppId: config.teams.appId, botId: config.auth.appId, clinic, version },
    allowPlaceholders,
    validate,
  });
  const file = path.resolve(root, out ?? path.join('dist', 'teams', 'nordel-ims-bot.zip'));
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, built.zip);

  console.log(`Wrote ${path.relative(process.cwd(), file) || file} (${built.zip.length} bytes): manifest ${String(built.manifest.manifestVersion)}, app ${String(built.manifest.id)}.`);
  if (built.placeholders.length) {
    console.warn(`DRY RUN: placeholders used for ${built.placeholders.join(', ')}. Teams will not accept this package; set them and build again.`);
  } else {
    console.log('Upload it in Teams (Apps > Manage your apps > Upload an app) or in the Teams admin center.');
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof ManifestInputError || error instanceof ConfigError) console.error(error.message);
    else if (error instanceof KnowledgeError) console.error(`Clinic file problem: ${error.problems.join('\n  ')}`);
    else console.error(`Could not build the Teams package: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
