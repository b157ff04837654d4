import { longIdentifiers, mayHaveLongIdentifier } from '../parser/identifiers.js';
import type { LintRule, RuleHit } from '../rule.js';

/** PostgreSQL's NAMEDATALEN - 1. */
export const MAX_IDENTIFIER_BYTES = 63;

export const rule: LintRule = {
  id: 'identifier-too-long',
  severity: 'warning',
  category: 'correctness',
  summary: 'An identifier longer than 63 bytes, which PostgreSQL silently truncates',
  rationale:
    'PostgreSQL cuts identifiers to 63 bytes without an error: the object gets another name than the migration says, two long names can collide, and Prisma sees the schema drift from schema.prisma.',
  safeAlternative: '-- name it explicitly, within 63 bytes (in schema.prisma: @@index([...], map: "Order_customer_idx"))\nCREATE INDEX "Order_customer_idx" ON "Order"("customerId");',
  docs: {
    problem: 'Reports each identifier (quoted or not) of more than 63 bytes in UTF-8, once per migration. Non-ASCII letters take 2 to 4 bytes each.',
    bad: 'CREATE INDEX "OrganizationMembershipInvitation_organizationId_invitedByUserId_idx" ON "OrganizationMembershipInvitation"("organizationId", "invitedByUserId");',
  },
  check(ctx) {
    const hits: RuleHit[] = [];
    if (!mayHaveLongIdentifier(ctx.parsed.source.text, MAX_IDENTIFIER_BYTES)) return hits;
    const seen = new Set<string>();
    for (const sc of ctx.statements) {
      for (const id of longIdentifiers(sc.stmt.sql, MAX_IDENTIFIER_BYTES)) {
        if (seen.has(id.name)) continue;
        seen.add(id.name);
        const truncated = Buffer.from(id.name, 'utf8').subarray(0, MAX_IDENTIFIER_BYTES).toString('utf8').replace(/\uFFFD$/, '');
        hits.push({
          statement: sc.stmt.index,
          message: `identifier "${id.name}" is ${id.bytes} bytes; PostgreSQL truncates it to "${truncated}"`,
          observed: false,
          line: sc.stmt.line + id.lineOffset,
          fix: `Name it explicitly within 63 bytes (in schema.prisma: map: "...") instead of "${id.name}"; PostgreSQL would store "${truncated}", which may collide with another name cut the same way.`,
        });
      }
    }
    return hits;
  },
};
