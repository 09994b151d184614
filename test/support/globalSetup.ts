// Once per `vitest run`, before any test file: the test build of the bot (see build.ts), so that
// test files running the bot as a child process share one build instead of each compiling.
import { builtProject } from './build.js';

export default function setup(): void {
  builtProject();
}
