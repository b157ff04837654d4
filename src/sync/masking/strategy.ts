import type { MaskStrategy } from '../../config/types.js';

/** The YAML spelling of a strategy (config `sync.masking`), e.g. `prefix:masked_`. */
export function strategyText(s: MaskStrategy): string {
  if (s.kind === 'prefix') return `prefix:${s.value}`;
  if (s.kind === 'constant') return `constant:${s.value}`;
  return s.kind;
}

/** Strategies whose value is built from the row's primary key (`<id>`). */
export function needsId(s: MaskStrategy): boolean {
  return s.kind === 'email' || s.kind === 'name' || s.kind === 'prefix';
}

/** Strategies that produce text, so the column must be a string type. */
export function needsText(s: MaskStrategy): boolean {
  return s.kind === 'email' || s.kind === 'name' || s.kind === 'prefix' || s.kind === 'random-hash' || s.kind === 'keyed-hash';
}

/**
 * How verification proves a column masked: `distinct` = no value equal to any original value
 * remains; `constant`/`null` = every non-null value is the constant / no value remains; `none` for keep.
 */
export function verifyMode(s: MaskStrategy): 'distinct' | 'constant' | 'null' | 'none' {
  if (s.kind === 'keep') return 'none';
  if (s.kind === 'constant') return 'constant';
  if (s.kind === 'null') return 'null';
  return 'distinct';
}
