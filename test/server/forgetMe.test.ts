// "Forget me" after a booking request was confirmed, over HTTP: the request is the clinic's record and stays,
// so the bot names its reference (the way to have it deleted), and the chat itself is forgotten,
// including the questions the person typed that the insights kept (DATA_DIR/insights).
import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { TestConversation } from '../support/channelClient.js';
import { startTestApp, type TestApp } from '../support/startApp.js';

let bot: TestApp;
let dataDir: string;

beforeAll(async () => {
  dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'forget-me-http-'));
  bot = await startTestApp({ env: { DATA_DIR: dataDir, STORAGE: 'file' } });
});

afterAll(async () => {
  await bot?.close();
  await fs.rm(dataDir, { recursive: true, force: true });
});

const ANSWERS = ['yes', 'Priya Sharma', '604-555-0123', 'priya@example.com', 'next Tuesday afternoon', 'my shoulder', 'ICBC claim', 'AB1234567'];

it('"forget me" after a confirmed request names its reference and forgets the chat', async () => {
  const chat = new TestConversation(bot.endpoint);
  await chat.send('I would like to book an appointment');
  for (const answer of ANSWERS) await chat.send(answer);
  const confirmed = await chat.send('Confirm');
  const reference = /NPC-[A-Z0-9]{6}/.exec(confirmed.text)?.[0];
  expect(reference, confirmed.text).toBeDefined();
  expect((await bot.app.booking.store.get(reference!))?.name).toBe('Priya Sharma');

  const forgot = await chat.send('forget me');
  expect(forgot.text).toMatch(/deleted/i);
  expect(forgot.text).toContain(reference);
  // The request itself is kept: it is the clinic's record now.
  expect(await bot.app.booking.store.get(reference!)).toBeDefined();

  // Forgotten: a second "forget me" has nothing confirmed to name.
  const again = await chat.send('forget me');
  expect(again.text).not.toContain(reference);
});

async function insightsText(): Promise<string> {
  const dir = path.join(dataDir, 'insights');
  if (!existsSync(dir)) return '';
  const names = await fs.readdir(dir);
  return (await Promise.all(names.map((name) => fs.readFile(path.join(dir, name), 'utf8')))).join('\n');
}

it('"forget me" deletes the questions the person typed from the insights, and no one else\'s', async () => {
  const person = new TestConversation(bot.endpoint);
  const neighbour = new TestConversation(bot.endpoint);
  expect((await person.send('can Sunita Rai bring her parrot to the waiting room')).text).toMatch(/sorry|don't know|not sure/i);
  await neighbour.send('is there a discount for my pet iguana');
  // Insights are written just after the turn.
  while (!/parrot[\s\S]*iguana|iguana[\s\S]*parrot/.test(await insightsText())) await new Promise((resolve) => setTimeout(resolve, 100));

  const forgot = await person.send('forget me');
  expect(forgot.text).toContain('the questions you typed here');
  const left = await insightsText();
  for (const trace of ['parrot', 'Sunita']) expect(left).not.toContain(trace);
  expect(left).toContain('iguana');
});
