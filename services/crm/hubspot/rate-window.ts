// Keeps this process under HubSpot's rolling limit (requests per 10 s) instead of running into
// 429s: a request waits until the window has room. HubSpot's X-HubSpot-RateLimit-Remaining
// answer tightens it when other clients share the app's budget.
export class RateWindow {
  private readonly sent: number[] = [];
  private blockedUntil = 0;
  constructor(
    private readonly max: number,
    private readonly windowMs: number,
    private readonly now: () => number,
  ) {}

  async take(): Promise<void> {
    for (;;) {
      const t = this.now();
      while (this.sent.length && this.sent[0]! <= t - this.windowMs) this.sent.shift();
      const waitBlocked = this.blockedUntil - t;
      if (waitBlocked <= 0 && this.sent.length < this.max) {
        this.sent.push(t);
        return;
      }
      const waitWindow = this.sent.length >= this.max ? this.sent[0]! + this.windowMs - t : 0;
      await new Promise((r) => setTimeout(r, Math.max(waitBlocked, waitWindow, 5)));
    }
  }

  /** HubSpot says how many requests remain in its window: at 0, wait for its interval. */
  observe(headers: Headers): void {
    const remaining = headers.get("x-hubspot-ratelimit-remaining");
    const interval = Number(headers.get("x-hubspot-ratelimit-interval-milliseconds"));
    if (remaining !== null && Number(remaining) <= 0 && Number.isFinite(interval) && interval > 0)
      this.blockedUntil = this.now() + Math.min(interval, this.windowMs);
  }
}
