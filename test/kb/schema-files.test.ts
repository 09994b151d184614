import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateSchemas } from '../../src/cli/kb-schema.js';

describe('published JSON Schema', () => {
  it.each(Object.entries(generateSchemas()))('schema/%s matches src/kb/schema.ts (run npm run kb:schema)', async (name, content) => {
    const committed = await readFile(path.resolve(import.meta.dirname, '../../schema', name), 'utf8');
    expect(committed).toBe(content);
  });
});
