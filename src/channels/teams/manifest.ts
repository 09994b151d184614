// Fills teams/manifest.template.json for this deployment: the Teams app id, the bot's Microsoft
// App ID and the clinic's details. Values are substituted into the parsed JSON (never into the
// text), so a clinic name with quotes cannot break the manifest. Missing or placeholder values
// are refused with one message naming each, unless a dry run allows placeholders.
import type { Clinic } from '../../kb/schema.js';

export const ZERO_GUID = '00000000-0000-0000-0000-000000000000';
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const PLACEHOLDER = /\$\{\{(\w+)\}\}/g;

export class ManifestInputError extends Error {
  override name = 'ManifestInputError';
  constructor(readonly problems: string[]) {
    super(`The Teams app package cannot be built yet:\n${problems.map((p) => `  - ${p}`).join('\n')}\n(Use --allow-placeholders for a dry run that is not installable.)`);
  }
}

export interface ManifestInputs {
  /** TEAMS_APP_ID: a GUID of your choice that identifies the Teams app. */
  teamsAppId?: string;
  /** MicrosoftAppId: the Azure Bot's app registration. */
  botId?: string;
  clinic: Clinic;
  /** The app version (semver), e.g. package.json's. */
  version: string;
}

export interface BuiltManifest {
  manifest: Record<string, unknown>;
  /** Inputs replaced by placeholders (dry run only). */
  placeholders: string[];
}

export function buildTeamsManifest(template: string, inputs: ManifestInputs, options: { allowPlaceholders?: boolean } = {}): BuiltManifest {
  const problems: string[] = [];
  const placeholders: string[] = [];
  const pick = (name: string, value: string | undefined, valid: (v: string) => boolean, fix: string, dryRunValue: string) => {
    const trimmed = value?.trim() ?? '';
    if (trimmed && valid(trimmed)) return trimmed;
    problems.push(`${name} ${trimmed ? `is not valid ("${trimmed}")` : 'is not set'}: ${fix}`);
    placeholders.push(name);
    return dryRunValue;
  };
  const guid = (v: string) => GUID.test(v) && v !== ZERO_GUID;
  const https = (v: string) => /^https:\/\/[^\s/]+\.[^\s]+$/.test(v);
  const { clinic } = inputs;

  const website = pick('website (config/clinic.yaml)', clinic.website, https, 'the clinic website, an https URL', 'https://www.example.com');
  const values: Record<string, string> = {
    TEAMS_APP_ID: pick('TEAMS_APP_ID', inputs.teamsAppId, guid, 'a GUID for the Teams app (e.g. from `node -e "console.log(crypto.randomUUID())"`)', ZERO_GUID),
    BOT_ID: pick('MicrosoftAppId', inputs.botId, guid, "the Azure Bot's Microsoft App ID (a GUID)", ZERO_GUID),
    APP_VERSION: pick('version', inputs.version, (v) => /^\d+\.\d+\.\d+$/.test(v), 'x.y.z', '1.0.0'),
    CLINIC_NAME: clinic.name.slice(0, 32),
    SHORT_NAME: `${clinic.name.split(/\s+/)[0] ?? clinic.name} IMS helper`.slice(0, 30),
    CLINIC_WEBSITE_URL: website,
    CLINIC_PRIVACY_URL: pick('privacyPolicyUrl (config/clinic.yaml)', clinic.privacyPolicyUrl, https, "the clinic's privacy policy page, an https URL", 'https://www.example.com/privacy'),
    // The clinic file has no terms-of-use page; the website is the best place to point.
    CLINIC_TERMS_URL: website,
  };
  if (problems.length && !options.allowPlaceholders) throw new ManifestInputError(problems);

  const manifest = fill(JSON.parse(template) as unknown, values) as Record<string, unknown>;
  const left = JSON.stringify(manifest).match(PLACEHOLDER);
  if (left) throw new Error(`teams/manifest.template.json uses unknown placeholders: ${[...new Set(left)].join(', ')}`);
  return { manifest, placeholders };
}

function fill(value: unknown, values: Record<string, string>): unknown {
  if (typeof value === 'string') return value.replace(PLACEHOLDER, (whole, name: string) => values[name] ?? whole);
  if (Array.isArray(value)) return value.map((item) => fill(item, values));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fill(v, values)]));
  return value;
}
