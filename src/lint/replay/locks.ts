/** PostgreSQL's table lock modes, weakest first (the docs' conflict table order). */
export const LOCK_MODES = [
  'AccessShareLock',
  'RowShareLock',
  'RowExclusiveLock',
  'ShareUpdateExclusiveLock',
  'ShareLock',
  'ShareRowExclusiveLock',
  'ExclusiveLock',
  'AccessExclusiveLock',
] as const;
export type LockMode = (typeof LOCK_MODES)[number];

export function lockStrength(mode: string): number {
  return (LOCK_MODES as readonly string[]).indexOf(mode);
}

/** The strongest of some modes (undefined for none). */
export function strongest(modes: Iterable<string>): string | undefined {
  let best: string | undefined;
  for (const m of modes) if (best === undefined || lockStrength(m) > lockStrength(best)) best = m;
  return best;
}
