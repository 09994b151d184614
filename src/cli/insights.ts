// `npm run insights`: the weekly knowledge-base review (see src/insights/command.ts).
import { runInsightsCommand } from '../insights/command.js';

process.exitCode = await runInsightsCommand(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr });
