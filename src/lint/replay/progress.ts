/**
 * Progress for long work: a line every few seconds with done/total, rate and an estimate, and a
 * final line with the totals (the house rule for dumps, restores and history replays).
 */
export class Progress {
  private readonly started = performance.now();
  private last = this.started;

  constructor(
    private readonly label: string,
    private readonly total: number,
    private readonly unit: string,
    private readonly emit: ((line: string) => void) | undefined,
    private readonly everyMs = 3000,
  ) {}

  /** Call after each item; prints at most one line per interval. */
  tick(done: number): void {
    if (!this.emit) return;
    const now = performance.now();
    if (now - this.last < this.everyMs || done >= this.total) return;
    this.last = now;
    const secs = (now - this.started) / 1000;
    const rate = done / Math.max(secs, 1e-3);
    const left = rate > 0 ? (this.total - done) / rate : 0;
    this.emit(`${this.label}: ${done}/${this.total} ${this.unit} (${formatRate(rate)}/s), about ${formatSeconds(left)} left`);
  }

  /** The closing line; `extra` is appended (e.g. skipped statements). */
  finish(done: number, verb: string, extra?: string): number {
    const secs = (performance.now() - this.started) / 1000;
    const rate = done / Math.max(secs, 1e-3);
    this.emit?.(`${this.label}: ${verb} ${done} ${this.unit} in ${formatSeconds(secs)} (${formatRate(rate)}/s)${extra ? `; ${extra}` : ''}`);
    return secs;
  }
}

export function formatSeconds(s: number): string {
  return s < 10 ? `${s.toFixed(1)} s` : `${Math.round(s)} s`;
}

function formatRate(r: number): string {
  return r >= 100 ? String(Math.round(r)) : r.toFixed(1);
}
