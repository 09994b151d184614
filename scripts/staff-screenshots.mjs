#!/usr/bin/env node
// Screenshots of the front desk's page for the README (docs/images/): the list of new requests, one
// request's page and "What patients ask". It runs the built bot on 127.0.0.1 with a temporary data
// folder, creates a staff account with `npm run staff`, makes a few booking requests and asks a few
// questions over HTTP as a chat would (so the insights are real), then signs in with headless
// Chromium (Debian's /usr/bin/chromium). Loopback only; everything it started is stopped at the end.
// Usage: node scripts/staff-screenshots.mjs   (after `npm install`, which builds dist/)
/* global AbortSignal */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { BOOKING_OPENER, conversation, nextBookingStep } from './soak.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = path.join(ROOT, 'docs', 'images');
const PRELAUNCH = './scripts/prelaunch.mjs';
const PASSWORD = 'a long front-desk passphrase';
const PORT = 39_000 + Math.floor(Math.random() * 1000);
const BASE = `http://127.0.0.1:${PORT}`;

/** People who ask the clinic to call them back (invented; the numbers are 555 numbers). */
const PEOPLE = [
  { 'Pat Example': 'Harjit Gill', '604-555-0123': '604-555-0187', 'next Tuesday afternoon': 'weekday mornings', 'lower back pain': 'sciatica down my left leg', 'Self-pay': 'Extended health plan' },
  { 'Pat Example': 'Mei Chen', '604-555-0123': '778-555-0111', 'next Tuesday afternoon': 'Friday after 3', 'lower back pain': 'tennis elbow', 'Self-pay': 'Self-pay' },
  { 'Pat Example': 'Gurdeep Sandhu', '604-555-0123': '778-555-0142', 'next Tuesday afternoon': 'next Tuesday afternoon', 'lower back pain': 'stiff neck and shoulder' },
];
/** Questions people ask that the insights page shows (some unanswered, one a safety message). */
const QUESTIONS = ['is there parking at the clinic', 'where do i park', 'how much does IMS cost', 'does IMS hurt', 'the needle spot is a bit red and warm today', 'what is IMS'];

function env(dataDir) {
  const keep = {};
  for (const key of ['PATH', 'HOME', 'TMPDIR', 'LANG']) if (process.env[key]) keep[key] = process.env[key];
  return { ...keep, ENV_FILE: 'none', PORT: String(PORT), HOST: '127.0.0.1', STORAGE: 'file', DATA_DIR: dataDir, LOG_LEVEL: 'warn' };
}

async function waitReady(child) {
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error('the bot exited during start-up');
    try {
      if ((await fetch(`${BASE}/readyz`, { signal: AbortSignal.timeout(2000) })).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the bot did not become ready in 60 s');
}

async function book(answers) {
  const chat = conversation();
  const endpoint = `${BASE}/api/messages`;
  let reply = (await chat.send(endpoint, BOOKING_OPENER)).text;
  for (let turn = 0; turn < 20; turn++) {
    const next = nextBookingStep(reply);
    if (next.reference) return next.reference;
    if (!next.answer) throw new Error(`the bot asked something unexpected: ${reply}`);
    reply = (await chat.send(endpoint, answers[next.answer] ?? next.answer)).text;
  }
  throw new Error(`no reference after 20 turns; last reply: ${reply}`);
}

async function main() {
  mkdirSync(OUT, { recursive: true });
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'nordel-staff-screenshots-'));
  const bot = spawn(process.execPath, [`--import=${PRELAUNCH}`, 'dist/src/index.js'], { cwd: ROOT, env: env(dataDir), stdio: ['ignore', 'ignore', 'inherit'] });
  let browser;
  try {
    await waitReady(bot);
    const staff = spawnSync(process.execPath, [`--import=${PRELAUNCH}`, 'dist/src/cli/staff.js', 'add', 'reception'], { cwd: ROOT, env: env(dataDir), input: `${PASSWORD}\n`, encoding: 'utf8' });
    if (staff.status !== 0) throw new Error(`npm run staff failed: ${staff.stderr}`);
    for (const text of QUESTIONS) await conversation().send(`${BASE}/api/messages`, text);
    const references = [];
    for (const person of PEOPLE) references.push(await book(person));

    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    await page.goto(`${BASE}/staff`);
    await page.getByLabel('User name').fill('reception');
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'New booking requests' }).waitFor();
    await page.screenshot({ path: path.join(OUT, 'staff-list.png'), fullPage: true });

    await page.goto(`${BASE}/staff/requests/${references[0]}`);
    await page.getByLabel('Notes for the front desk').fill('Left a message at 9:10; will call again after lunch.');
    await page.getByRole('button', { name: 'Save notes' }).click();
    await page.getByText('Notes saved.').waitFor();
    await page.screenshot({ path: path.join(OUT, 'staff-request.png'), fullPage: true });

    await page.goto(`${BASE}/staff/insights`);
    await page.waitForFunction(() => document.querySelectorAll('canvas').length > 0 && typeof window.Chart === 'function');
    await page.waitForTimeout(1000); // Chart.js animates its first drawing
    await page.screenshot({ path: path.join(OUT, 'staff-insights.png'), fullPage: true });
    console.log(`saved staff-list.png, staff-request.png and staff-insights.png in ${path.relative(ROOT, OUT)}/`);
  } finally {
    await browser?.close();
    bot.kill('SIGTERM');
    await new Promise((resolve) => (bot.exitCode !== null ? resolve() : bot.once('exit', resolve)));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
