// Offline schema check of a Teams manifest against the official JSON schema that
// @microsoft/app-manifest bundles (no download: the schema is passed explicitly). The package is
// a devDependency: where it is missing (production install) the check is skipped, not failed.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';

export type SchemaCheck = (manifest: Record<string, unknown>) => Promise<string[]>;

/** The bundled schema file for a manifestVersion, e.g. "1.19". */
export function bundledSchemaPath(manifestVersion: string): string {
  const require = createRequire(import.meta.url);
  const root = path.dirname(require.resolve('@microsoft/app-manifest/package.json'));
  return path.join(root, 'build', 'json-schemas', 'teams', `v${manifestVersion}`, 'MicrosoftTeams.schema.json');
}

/** A validator, or undefined when @microsoft/app-manifest is not installed. */
export async function loadSchemaCheck(): Promise<SchemaCheck | undefined> {
  let ManifestUtil: { validateManifestAgainstSchema(manifest: unknown, schema: unknown): Promise<string[]> };
  try {
    ({ ManifestUtil } = (await import('@microsoft/app-manifest')) as unknown as { ManifestUtil: typeof ManifestUtil });
  } catch {
    return undefined;
  }
  return async (manifest) => {
    const version = String(manifest.manifestVersion ?? '');
    const schema = JSON.parse(await readFile(bundledSchemaPath(version), 'utf8')) as unknown;
    return ManifestUtil.validateManifestAgainstSchema(manifest, schema);
  };
}
