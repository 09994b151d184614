// What the staff page's charts show, computed from insight events (and booking requests): the
// weekly review's groups and suggestions (report.ts), per language, plus counts the CLI does not
// print: safety events by category, and conversations and bookings per day.
import type { BookingRecord } from '../booking/bookingRecord.js';
import { formatInZone } from '../booking/clinicTime.js';
import type { InsightEvent } from '../insights/events.js';
import { buildReport, type InsightsReport } from '../insights/report.js';
import type { InsightsKnowledge } from '../kb/serving.js';

export interface DayCount {
  day: string;
  conversations: number;
  bookings: number;
}

export interface InsightsSummary {
  days: number;
  report: InsightsReport;
  /** Ready-to-paste YAML per language of the questions (events without one are English). */
  yamlByLanguage: { language: string; yaml: string }[];
  safety: { category: string; count: number; outcomes: Record<string, number> }[];
  perDay: DayCount[];
}

const DAY_MS = 24 * 60 * 60 * 1000;

function dayIn(iso: string, timeZone: string): string {
  return formatInZone(new Date(iso), timeZone).slice(0, 10);
}

function languageOf(event: InsightEvent): string {
  return ('language' in event && typeof event.language === 'string' && event.language) || 'en';
}

export function summarizeInsights(
  events: InsightEvent[],
  bookings: Pick<BookingRecord, 'createdAt'>[],
  { knowledge, timeZone, days, now }: { knowledge?: InsightsKnowledge; timeZone: string; days: number; now: Date },
): InsightsSummary {
  const since = new Date(now.getTime() - days * DAY_MS);
  const recent = events.filter((e) => Date.parse(e.at) >= since.getTime());
  const report = buildReport(recent, { knowledge, since });

  const languages = [...new Set(recent.filter((e) => e.type === 'unanswered' || e.type === 'ambiguous' || e.type === 'pick').map(languageOf))].sort();
  const yamlByLanguage = languages
    .map((language) => ({ language, yaml: buildReport(recent.filter((e) => languageOf(e) === language), { knowledge, since }).yaml }))
    .filter((entry) => entry.yaml.trim());

  const safetyByCategory = new Map<string, { category: string; count: number; outcomes: Record<string, number> }>();
  for (const e of recent) {
    if (e.type !== 'safety') continue;
    const line = safetyByCategory.get(e.category) ?? { category: e.category, count: 0, outcomes: {} };
    line.count++;
    line.outcomes[e.outcome] = (line.outcomes[e.outcome] ?? 0) + 1;
    safetyByCategory.set(e.category, line);
  }

  // Conversations: distinct conversation hashes per day (a conversation counted once a day, whichever records it left).
  const conversationsPerDay = new Map<string, Set<string>>();
  for (const e of recent) {
    if (!e.conversation) continue;
    const day = dayIn(e.at, timeZone);
    const set = conversationsPerDay.get(day) ?? new Set<string>();
    set.add(e.conversation);
    conversationsPerDay.set(day, set);
  }
  const bookingsPerDay = new Map<string, number>();
  for (const b of bookings) {
    if (Date.parse(b.createdAt) < since.getTime()) continue;
    const day = dayIn(b.createdAt, timeZone);
    bookingsPerDay.set(day, (bookingsPerDay.get(day) ?? 0) + 1);
  }
  const perDay: DayCount[] = [];
  for (let i = days - 1; i >= 0; i--) {
    const day = dayIn(new Date(now.getTime() - i * DAY_MS).toISOString(), timeZone);
    if (perDay.some((d) => d.day === day)) continue;
    perDay.push({ day, conversations: conversationsPerDay.get(day)?.size ?? 0, bookings: bookingsPerDay.get(day) ?? 0 });
  }

  return {
    days,
    report,
    yamlByLanguage,
    safety: [...safetyByCategory.values()].sort((a, b) => b.count - a.count || a.category.localeCompare(b.category)),
    perDay,
  };
}
