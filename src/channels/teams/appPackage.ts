// The Teams app package: manifest.json (filled template) + color.png (192x192) + outline.png
// (32x32) at the root of a ZIP, as Teams' "Upload a custom app" and the admin center expect.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { buildTeamsManifest, type ManifestInputs } from './manifest.js';
import { createZip } from './zipWriter.js';

export const ICONS = { color: { file: 'color.png', size: 192 }, outline: { file: 'outline.png', size: 32 } } as const;

export interface TeamsAppPackage {
  zip: Buffer;
  manifest: Record<string, unknown>;
  placeholders: string[];
}

export interface PackageOptions {
  /** The folder with manifest.template.json and the icons (teams/). */
  teamsDir: string;
  inputs: ManifestInputs;
  allowPlaceholders?: boolean;
  /** Schema check of the filled manifest; returns problems (empty: valid). */
  validate?: (manifest: Record<string, unknown>) => Promise<string[]>;
}

export async function buildTeamsAppPackage(options: PackageOptions): Promise<TeamsAppPackage> {
  const template = await readFile(path.join(options.teamsDir, 'manifest.template.json'), 'utf8');
  const { manifest, placeholders } = buildTeamsManifest(template, options.inputs, { allowPlaceholders: options.allowPlaceholders });

  const icons = await Promise.all(
    Object.values(ICONS).map(async ({ file, size }) => {
      const data = await readFile(path.join(options.teamsDir, file));
      const actual = readPngSize(data);
      if (actual.width !== size || actual.height !== size) {
        throw new Error(`teams/${file} must be ${size}x${size} pixels, it is ${actual.width}x${actual.height}.`);
      }
      return { name: file, data };
    }),
  );

  const problems = options.validate ? await options.validate(manifest) : [];
  if (problems.length) throw new Error(`The manifest does not match the Teams schema:\n${problems.map((p) => `  - ${p}`).join('\n')}`);

  const zip = createZip([{ name: 'manifest.json', data: Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`) }, ...icons]);
  return { zip, manifest, placeholders };
}

/** Width and height from a PNG's IHDR chunk (the first chunk, right after the signature). */
export function readPngSize(png: Buffer): { width: number; height: number; colorType: number } {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (png.length < 33 || !png.subarray(0, 8).equals(signature) || png.toString('latin1', 12, 16) !== 'IHDR') {
    throw new Error('not a PNG file');
  }
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20), colorType: png[25]! };
}
