// Optional: answer latency as a person sees it in the web chat widget, from pressing Enter to the
// answer appearing on screen, in headless Chromium. Runs only when the project's browser helper
// (test/browser/measureLatency.ts) and a Chromium (/usr/bin/chromium or CHROMIUM_PATH) exist, and
// the bot serves its web page at /. The helper is TypeScript: it is transpiled on the fly with the
// project's own TypeScript compiler (it imports only types).
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { httpStatus } from './processes.mjs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Why the web chat measurement cannot run here, or undefined when it can. */
export function webchatSkipReason(repoRoot) {
  if (!existsSync(path.join(repoRoot, 'test/browser/measureLatency.ts'))) return 'test/browser/measureLatency.ts not found';
  if (!existsSync(CHROMIUM)) return `no Chromium at ${CHROMIUM}`;
  return undefined;
}

async function loadHelper(repoRoot) {
  const { default: ts } = await import('typescript');
  const source = await readFile(path.join(repoRoot, 'test/browser/measureLatency.ts'), 'utf8');
  const { outputText } = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.ES2022, target: ts.ScriptTarget.ES2022 } });
  const dir = await mkdtemp(path.join(os.tmpdir(), 'bench-webchat-'));
  const file = path.join(dir, 'measureLatency.mjs');
  await writeFile(file, outputText);
  try {
    return await import(pathToFileURL(file).href);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** p50/p95 of `questions` asked one after another in one web chat session on the running bot. */
export async function runWebchatBench({ repoRoot, server, questions, log }) {
  if ((await httpStatus(`${server.url}/`)) !== 200) return { skipped: 'the bot serves no web chat page at /' };
  const { measureAnswerLatency, summarizeLatency, SEND_BOX, BOT_BUBBLE } = await loadHelper(repoRoot);
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const page = await browser.newPage();
    await page.goto(`${server.url}/`);
    // The widget opens from its launcher button, then greets over the Direct Line WebSocket.
    await page.getByRole('button', { name: /^Chat with/ }).click({ timeout: 30_000 });
    await page.locator(SEND_BOX).waitFor({ timeout: 30_000 });
    await page.locator(BOT_BUBBLE).first().waitFor({ timeout: 30_000 });
    await measureAnswerLatency(page, questions.slice(0, 2)); // warm-up: first renders
    const samples = await measureAnswerLatency(page, questions);
    const summary = summarizeLatency(samples);
    log(`  web chat: ${summary.count} answers, p50 ${summary.medianMs.toFixed(0)} ms, p95 ${summary.p95Ms.toFixed(0)} ms`);
    return { count: summary.count, p50: summary.medianMs, p95: summary.p95Ms, max: summary.maxMs };
  } finally {
    await browser.close();
  }
}
