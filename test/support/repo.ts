// Paths inside the repository, for tests that read the real knowledge base and config.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const repoPath = (...segments: string[]) => path.join(REPO_ROOT, ...segments);
