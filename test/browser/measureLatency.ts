// Answer latency as a person sees it: from pressing Enter in the widget's send box to the bot's
// next message appearing on screen. Timed inside the page (performance.now) so the browser
// automation round trips are not counted. For benchmark scripts; tests make no timed assertions.
import type { Page } from 'playwright-core';

/** Web Chat 4.18 markup: one bubble per message; the user's carry the from-user modifier. */
export const SEND_BOX = '[data-id="webchat-sendbox-input"]';
export const BOT_BUBBLE = '.webchat__bubble:not(.webchat__bubble--from-user)';

export interface LatencySample {
  question: string;
  /** Milliseconds from the Enter key to the first new bot message on screen. */
  ms: number;
  /** Text of that message. */
  answer: string;
}

/** Asks each question in an open widget, one after another, and times the answers. */
export async function measureAnswerLatency(page: Page, questions: string[], timeoutMs = 30_000): Promise<LatencySample[]> {
  const samples: LatencySample[] = [];
  for (const question of questions) {
    const box = page.locator(SEND_BOX);
    await box.fill(question);
    await page.evaluate((selector) => {
      const w = window as unknown as { __nordelLatency?: { start?: number; ms?: number; answer?: string } };
      const before = document.querySelectorAll(selector).length;
      const state: { start?: number; ms?: number; answer?: string } = {};
      w.__nordelLatency = state;
      // Capture phase: runs before Web Chat handles the key, at the moment the person presses it.
      document.addEventListener(
        'keydown',
        (event) => {
          if (event.key === 'Enter') state.start = performance.now();
        },
        { capture: true, once: true },
      );
      const observer = new MutationObserver(() => {
        const bubbles = document.querySelectorAll(selector);
        if (state.start === undefined || bubbles.length <= before) return;
        state.ms = performance.now() - state.start;
        state.answer = bubbles[before]?.textContent ?? '';
        observer.disconnect();
      });
      observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    }, BOT_BUBBLE);
    await box.press('Enter');
    const handle = await page.waitForFunction(
      () => {
        const state = (window as unknown as { __nordelLatency?: { ms?: number; answer?: string } }).__nordelLatency;
        return state?.ms !== undefined ? { ms: state.ms, answer: state.answer ?? '' } : undefined;
      },
      undefined,
      { timeout: timeoutMs, polling: 'raf' },
    );
    const { ms, answer } = (await handle.jsonValue()) as { ms: number; answer: string };
    samples.push({ question, ms, answer });
  }
  return samples;
}

/** Median and 95th percentile of the samples, in ms. */
export function summarizeLatency(samples: LatencySample[]): { count: number; medianMs: number; p95Ms: number; maxMs: number } {
  const sorted = samples.map((s) => s.ms).sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? 0;
  return { count: sorted.length, medianMs: at(0.5), p95Ms: at(0.95), maxMs: sorted[sorted.length - 1] ?? 0 };
}
