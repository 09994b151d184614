// The shipped knowledge base with fewer writers, for tests about what happens when the knowledge base
// changes (hot reload, kept models, kb:check, insights pasted back). Such a change trains both models
// again, ten seconds of CPU on the whole knowledge base and about one on this one; every entry,
// translation, message, lexicon and rule is kept, so the bot answers the same questions.
import { cp, readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Knowledge } from '../../src/kb/schema.js';
import { repoPath } from './repo.js';

const SOURCE = repoPath('knowledge');
/** Folders of writers' files: one file per writer. */
const WRITER_FOLDERS = ['phrasings', path.join('safety', 'examples')];

/** The first writer's file in each folder of writers (per language for phrasings), as absolute paths. */
async function keptWriterFiles(): Promise<{ folders: Set<string>; kept: Set<string> }> {
  const folders = new Set<string>();
  const kept = new Set<string>();
  for (const top of WRITER_FOLDERS) {
    const dir = path.join(SOURCE, top);
    const entries = await readdir(dir, { withFileTypes: true });
    const languageDirs = entries.filter((e) => e.isDirectory()).map((e) => path.join(dir, e.name));
    for (const folder of languageDirs.length ? languageDirs : [dir]) {
      folders.add(folder);
      const first = (await readdir(folder)).filter((name) => name.endsWith('.yaml')).sort()[0];
      if (first) kept.add(path.join(folder, first));
    }
  }
  return { folders, kept };
}

/** Copies the knowledge base to `dest` (made if missing) with one writer per language. */
export async function copySmallKnowledge(dest: string): Promise<void> {
  const { folders, kept } = await keptWriterFiles();
  await cp(SOURCE, dest, {
    recursive: true,
    filter: (source) => !(source.endsWith('.yaml') && folders.has(path.dirname(source))) || kept.has(source),
  });
}

/** The same knowledge, loaded: the first writer's phrasings in each language and the first safety examples. */
export function withFewWriters(knowledge: Knowledge): Knowledge {
  const firstPerLanguage = <T extends { language: string }>(sets: readonly T[]) => sets.filter((set, i) => sets.findIndex((other) => other.language === set.language) === i);
  return { ...knowledge, phrasings: firstPerLanguage(knowledge.phrasings), safety: { ...knowledge.safety, examples: knowledge.safety.examples.slice(0, 1) } };
}
