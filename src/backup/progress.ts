import type { TransferProgress } from '../postgres/dump.js';
import { formatBytes, formatRate, formatSeconds } from './format.js';

/** One log line for a dump or restore progress sample: done/total, rate and an estimate. */
export function formatProgress(p: TransferProgress): string {
  const parts: string[] = [];
  if (p.phase === 'dump') {
    parts.push(`${formatBytes(p.fileBytes)} written`);
    if (p.copiedBytes !== undefined) {
      const of = p.estimateBytes ? ` of ~${formatBytes(p.estimateBytes)} (database size)` : '';
      const pct = p.estimateBytes ? `, ${Math.min(99, Math.floor((100 * p.copiedBytes) / p.estimateBytes))}%` : '';
      parts.push(`${formatBytes(p.copiedBytes)} read${of}${p.done ? '' : pct}`);
    }
  } else {
    const total = p.fileTotalBytes ? ` of ${formatBytes(p.fileTotalBytes)}` : '';
    parts.push(`${formatBytes(p.fileBytes)}${total} read`);
    if (p.tablesTotal !== undefined) parts.push(`${p.tablesDone ?? 0}/${p.tablesTotal} tables`);
  }
  parts.push(formatRate(p.rate));
  if (p.done) return `${p.phase}: finished in ${formatSeconds(p.elapsedSeconds)}: ${parts.join(', ')}`;
  parts.push(p.etaSeconds !== undefined ? `~${formatSeconds(p.etaSeconds)} left` : `${formatSeconds(p.elapsedSeconds)} elapsed`);
  return `${p.phase}: ${parts.join(', ')}`;
}
