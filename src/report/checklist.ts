import type { Finding } from './finding.js';

/** The guide's "Migration Review Checklist", answered from findings where a machine can. */
export type ChecklistStatus = 'passed' | 'failed' | 'review';

export interface ChecklistItem {
  text: string;
  status: ChecklistStatus;
  /** Rule ids whose findings failed the item. */
  findings: string[];
  note?: string;
}

interface ItemSpec {
  text: string;
  rules: string[];
  /** Which check must have run for a pass to mean anything. */
  by: 'history' | 'lint' | 'drift';
  /** True when no finding fully answers the item; false leaves the last word to the reviewer. */
  decisive: boolean;
  reviewerNote?: string;
}

const DATA_LOSS = ['drop-table', 'drop-column', 'drop-schema', 'truncate', 'delete-without-where', 'update-without-where', 'narrowing-type-change', 'drop-enum-value-or-type', 'change-column-type'];

const SPECS: ItemSpec[] = [
  { text: 'Migration files are included', rules: ['schema-without-migration', 'invalid-migration-folder', 'empty-migration', 'migration-lock', 'migration-outside-service', 'deleted-migration'], by: 'history', decisive: true },
  { text: 'Migration name is clear and descriptive', rules: ['migration-name', 'duplicate-migration-timestamp', 'out-of-order-migration'], by: 'history', decisive: true },
  { text: 'No data loss potential', rules: DATA_LOSS, by: 'lint', decisive: true },
  { text: 'Indexes added for queried fields', rules: ['foreign-key-without-index', 'create-index-not-concurrently'], by: 'lint', decisive: false, reviewerNote: 'foreign keys are indexed; which other fields are queried is for the reviewer' },
  { text: 'Foreign key constraints are correct', rules: ['foreign-key-type-mismatch', 'add-foreign-key-validating', 'foreign-key-without-index'], by: 'lint', decisive: true },
  { text: 'Rollback is possible (if needed)', rules: [...DATA_LOSS, 'rename-table', 'rename-column', 'alter-enum-rename-value'], by: 'lint', decisive: false, reviewerNote: 'no irreversible statement found; the reviewer confirms the down path' },
  { text: 'Migration tested locally', rules: ['schema-drift', 'migration-fails', 'syntax-error', 'edited-migration'], by: 'drift', decisive: false, reviewerNote: 'the migrations reproduce the schema; running it locally is for the author' },
];

/**
 * Tick the checklist: failed when a warning or error of its rules exists; passed when the check that
 * answers it ran; otherwise left to the reviewer.
 */
export function buildChecklist(findings: readonly Finding[], ran: ReadonlySet<'history' | 'lint' | 'drift'>): ChecklistItem[] {
  return SPECS.map((spec) => {
    const hits = [...new Set(findings.filter((f) => f.severity !== 'notice' && spec.rules.includes(f.rule)).map((f) => f.rule))];
    if (hits.length) return { text: spec.text, status: 'failed', findings: hits };
    if (!ran.has(spec.by)) return { text: spec.text, status: 'review', findings: [], note: 'not checked by this step' };
    return spec.decisive
      ? { text: spec.text, status: 'passed', findings: [] }
      : { text: spec.text, status: 'review', findings: [], note: spec.reviewerNote };
  });
}
