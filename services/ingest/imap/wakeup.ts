// Wakes the watcher's loop: new mail (EXISTS), the poll timer, a closed connection, stop().

/** Resolves waiters on fire(); a fire() with nobody waiting is remembered until the next wait. */
export class Wakeup {
  private pending = false;
  private waiters: Array<() => void> = [];
  fire(): void {
    if (this.waiters.length === 0) this.pending = true;
    const w = this.waiters;
    this.waiters = [];
    for (const r of w) r();
  }
  wait(): Promise<void> {
    if (this.pending) {
      this.pending = false;
      return Promise.resolve();
    }
    return new Promise((r) => this.waiters.push(r));
  }
}
