import type { Finding } from './finding.js';
import type { ChecklistItem } from './checklist.js';

/** Everything a sink needs to render one run of one check. */
export interface Report {
  /** Which check produced it, e.g. `check-migrations`; also the sticky-comment key. */
  tool: string;
  title: string;
  findings: Finding[];
  /** The guide's review checklist, when the check answers it. */
  checklist?: ChecklistItem[];
  /** Extra markdown sections (plans, tables, suppressions), rendered after the findings. */
  sections?: { title: string; markdown: string }[];
  /** Free-form facts for --format json (`summary` beside the counts). */
  facts?: Record<string, unknown>;
}
