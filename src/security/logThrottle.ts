// Repeated events of one kind become at most one log line per interval, saying how many were not
// logged since: a flood of bad requests cannot flood the log.
export class LogThrottle {
  private readonly kinds = new Map<string, { loggedAt: number; skipped: number }>();

  constructor(
    private readonly intervalMs = 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  /** undefined: skip this one. Otherwise log it, with `skipped` events of this kind since the last line. */
  take(kind: string): { skipped: number } | undefined {
    const now = this.now();
    const state = this.kinds.get(kind);
    if (state && now - state.loggedAt < this.intervalMs) {
      state.skipped += 1;
      return undefined;
    }
    this.kinds.set(kind, { loggedAt: now, skipped: 0 });
    return { skipped: state?.skipped ?? 0 };
  }
}
