#!/usr/bin/env node
// Checks the links of README.md and docs/*.md offline: every relative link and image points to a file that
// exists, and every #anchor to a heading of that file (GitHub's heading slugs). Web links are not fetched.
// Usage: node scripts/check-doc-links.mjs   (exit code 1 and one line per broken link when any is broken)
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const FILES = ['README.md', ...readdirSync(path.join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).map((f) => `docs/${f}`)];

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens, repeats numbered. */
function anchorsOf(markdown) {
  const seen = new Map();
  const anchors = new Set();
  let fenced = false;
  for (const line of markdown.split('\n')) {
    if (/^\s*```/.test(line)) fenced = !fenced;
    const heading = !fenced && /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (!heading) continue;
    const base = heading[1]
      .replace(/`/g, '')
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .replace(/\s/g, '-');
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    anchors.add(count ? `${base}-${count}` : base);
  }
  return anchors;
}

/** Links outside code: [text](target) and ![alt](target). */
function linksOf(markdown) {
  const links = [];
  let fenced = false;
  markdown.split('\n').forEach((line, i) => {
    if (/^\s*```/.test(line)) fenced = !fenced;
    if (fenced) return;
    const prose = line.replace(/`[^`]*`/g, '');
    for (const match of prose.matchAll(/!?\[[^\]]*\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)) links.push({ target: match[1], line: i + 1 });
  });
  return links;
}

const problems = [];
let checked = 0;
for (const file of FILES) {
  const text = readFileSync(path.join(ROOT, file), 'utf8');
  for (const { target, line } of linksOf(text)) {
    if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue; // http:, https:, mailto:
    checked++;
    const [pathPart, anchor] = target.split('#');
    const resolved = pathPart ? path.resolve(path.dirname(path.join(ROOT, file)), decodeURIComponent(pathPart)) : path.join(ROOT, file);
    if (!existsSync(resolved)) {
      problems.push(`${file}:${line}: ${target}: no such file`);
      continue;
    }
    if (anchor && statSync(resolved).isFile() && resolved.endsWith('.md') && !anchorsOf(readFileSync(resolved, 'utf8')).has(anchor)) {
      problems.push(`${file}:${line}: ${target}: no heading #${anchor}`);
    }
  }
}
for (const problem of problems) console.error(problem);
console.log(`${checked} links in ${FILES.length} files checked, ${problems.length} broken`);
process.exitCode = problems.length ? 1 : 0;
