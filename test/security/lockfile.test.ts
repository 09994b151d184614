// An offline check of what `npm ci` installs: every package in package-lock.json comes from the
// registry at a fixed version with a SHA-512 checksum, and none is a version listed in
// advisories.yaml unless that version has been reviewed and accepted there with the reason it
// cannot be reached. Runs in `npm test`, where `npm audit` cannot reach its advisory service.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'zod-v4';
import { describe, expect, it } from 'vitest';
import { repoPath } from '../support/repo.js';

const advisorySchema = z
  .object({
    id: z.string().min(1),
    package: z.string().min(1),
    versions: z.array(z.string().regex(/^(?:(?:<=|>=|<|>|=)\d+\.\d+\.\d+(?:-[\w.]+)?\s*)+$/)).min(1),
    summary: z.string().min(1),
    accepted: z.object({ versions: z.array(z.string()).min(1), reason: z.string().min(20) }).strict().optional(),
  })
  .strict();
type Advisory = z.infer<typeof advisorySchema>;

const advisories = z.object({ advisories: z.array(advisorySchema) }).parse(parse(readFileSync(repoPath('test/security/advisories.yaml'), 'utf8'))).advisories;

interface LockedPackage {
  version?: string;
  integrity?: string;
  resolved?: string;
  link?: boolean;
}
const lock = JSON.parse(readFileSync(repoPath('package-lock.json'), 'utf8')) as { lockfileVersion: number; packages: Record<string, LockedPackage> };

/** name -> versions in the lockfile, with where each is installed. */
function installed(): Map<string, Map<string, string[]>> {
  const byName = new Map<string, Map<string, string[]>>();
  for (const [where, entry] of Object.entries(lock.packages)) {
    if (!where || !entry.version) continue;
    const name = where.slice(where.lastIndexOf('node_modules/') + 'node_modules/'.length);
    const versions = byName.get(name) ?? new Map<string, string[]>();
    versions.set(entry.version, [...(versions.get(entry.version) ?? []), where]);
    byName.set(name, versions);
  }
  return byName;
}

/** Compares two semver versions (numeric parts; a pre-release sorts before its release). */
function compareVersions(a: string, b: string): number {
  const split = (v: string) => (v.includes('-') ? [v.slice(0, v.indexOf('-')), v.slice(v.indexOf('-') + 1)] : [v, undefined]);
  const [coreA = '', preA] = split(a);
  const [coreB = '', preB] = split(b);
  const partsA = coreA.split('.').map(Number);
  const partsB = coreB.split('.').map(Number);
  for (let i = 0; i < 3; i++) if ((partsA[i] ?? 0) !== (partsB[i] ?? 0)) return (partsA[i] ?? 0) - (partsB[i] ?? 0);
  if (preA === preB) return 0;
  if (preA === undefined) return 1;
  if (preB === undefined) return -1;
  return preA < preB ? -1 : 1;
}

/** Whether `version` is in a range such as ">=1.0.0 <1.6.0" (all comparators must hold). */
function inRange(version: string, range: string): boolean {
  return range
    .trim()
    .split(/\s+/)
    .every((comparator) => {
      const [, op, bound] = /^(<=|>=|<|>|=)(.+)$/.exec(comparator)!;
      const c = compareVersions(version, bound!);
      return op === '<' ? c < 0 : op === '<=' ? c <= 0 : op === '>' ? c > 0 : op === '>=' ? c >= 0 : c === 0;
    });
}

const affected = (advisory: Advisory, version: string) => advisory.versions.some((range) => inRange(version, range));

describe('package-lock.json', () => {
  const packages = installed();

  it('pins every package to a registry version with a SHA-512 checksum (no git, file or URL sources)', () => {
    expect(lock.lockfileVersion).toBeGreaterThanOrEqual(2);
    const loose = Object.entries(lock.packages)
      .filter(([where, entry]) => where && !entry.link)
      .filter(([, entry]) => !/^\d+\.\d+\.\d+(?:-[\w.-]+)?$/.test(entry.version ?? '') || !/^sha512-/.test(entry.integrity ?? '') || (entry.resolved !== undefined && !entry.resolved.startsWith('https://registry.npmjs.org/')))
      .map(([where, entry]) => `${where}@${entry.version ?? '?'} ${entry.resolved ?? ''}`);
    expect(loose).toEqual([]);
  });

  it('holds no version with a known advisory or a compromised release, except the reviewed ones', () => {
    const found: string[] = [];
    for (const advisory of advisories) {
      for (const [version, places] of packages.get(advisory.package) ?? []) {
        if (affected(advisory, version) && !advisory.accepted?.versions.includes(version)) {
          found.push(`${advisory.package}@${version} (${places.join(', ')}): ${advisory.id} ${advisory.summary}`);
        }
      }
    }
    expect(found).toEqual([]);
  });

  it('accepts only versions that are still installed and still affected (so the list stays true)', () => {
    const stale: string[] = [];
    for (const advisory of advisories) {
      for (const version of advisory.accepted?.versions ?? []) {
        if (!packages.get(advisory.package)?.has(version)) stale.push(`${advisory.package}@${version} is no longer installed: remove it from ${advisory.id}`);
        else if (!affected(advisory, version)) stale.push(`${advisory.package}@${version} is not affected by ${advisory.id}`);
      }
    }
    expect(stale).toEqual([]);
  });
});

describe('version ranges', () => {
  it.each([
    ['1.2.6', '<3.2.4', true],
    ['3.2.4', '<3.2.4', false],
    ['0.24.2', '<=0.24.2', true],
    ['0.27.2', '>=0.8.1 <0.28.0', true],
    ['1.21.1', '>=1.0.0 <1.6.0', false],
    ['4.4.2', '=4.4.2', true],
    ['4.4.3', '=4.4.2', false],
    ['1.0.0-beta.1', '<1.0.0', true],
    ['10.0.0', '<9.0.0', false],
  ])('%s in %s: %s', (version, range, expected) => {
    expect(inRange(version, range)).toBe(expected);
  });
});
