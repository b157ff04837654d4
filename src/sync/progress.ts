/** Progress lines for long work: done/total, rate and an estimate, at most every `intervalMs`. */
export type ProgressUnit = 'bytes' | 'rows' | 'percent';

export function formatBytes(n: number): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let v = n;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${v.toFixed(i ? 1 : 0)} ${units[i]}`;
}

function formatAmount(n: number, unit: ProgressUnit): string {
  if (unit === 'bytes') return formatBytes(n);
  if (unit === 'percent') return `${n.toFixed(0)}%`;
  return `${Math.round(n).toLocaleString('en-US')} rows`;
}

export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  if (seconds < 60) return `${seconds.toFixed(seconds < 10 ? 1 : 0)} s`;
  const m = Math.floor(seconds / 60);
  return `${m} min ${Math.round(seconds % 60)} s`;
}

export class Progress {
  private readonly started = Date.now();
  private last = Date.now();
  private done = 0;

  constructor(
    private readonly label: string,
    /** Expected total; an estimate is shown with `~`. */
    private readonly total: number | undefined,
    private readonly unit: ProgressUnit,
    private readonly log: (line: string) => void,
    private readonly intervalMs = 5000,
    private readonly totalIsEstimate = false,
  ) {}

  update(done: number): void {
    this.done = done;
    const now = Date.now();
    if (now - this.last < this.intervalMs) return;
    this.last = now;
    this.log(this.line(false));
  }

  finish(done = this.done): string {
    this.done = done;
    const line = this.line(true);
    this.log(line);
    return line;
  }

  elapsedSeconds(): number {
    return (Date.now() - this.started) / 1000;
  }

  private line(final: boolean): string {
    const secs = Math.max(this.elapsedSeconds(), 0.001);
    const rate = this.done / secs;
    const rateText = this.unit === 'percent' ? '' : `, ${formatAmount(rate, this.unit)}/s`;
    if (final) return `${this.label}: done, ${formatAmount(this.done, this.unit)} in ${formatDuration(secs)}${rateText}`;
    if (!this.total) return `${this.label}: ${formatAmount(this.done, this.unit)}${rateText}`;
    const pct = Math.min(99, (this.done / this.total) * 100);
    const left = rate > 0 ? Math.max(0, (this.total - this.done) / rate) : Infinity;
    const tilde = this.totalIsEstimate ? '~' : '';
    return `${this.label}: ${formatAmount(this.done, this.unit)} / ${tilde}${formatAmount(this.total, this.unit)} (${pct.toFixed(0)}%)${rateText}, ${tilde}${formatDuration(left)} left`;
  }
}
