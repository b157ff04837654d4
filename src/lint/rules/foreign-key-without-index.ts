import type { MigrationContext } from '../context.js';
import { q, qr } from '../analysis.js';
import { rangeVar, strings, type RelationName } from '../parser/ast.js';
import type { Ast } from '../parser/wasm.js';
import type { TableFact } from '../replay/types.js';
import type { LintRule, RuleHit } from '../rule.js';

export interface AddedForeignKey {
  statement: number;
  rel: RelationName;
  ref: RelationName | undefined;
  name: string | undefined;
  columns: string[];
  refColumns: string[];
}

const fkCache = new WeakMap<MigrationContext, AddedForeignKey[]>();

/** Every foreign key the migration adds: in CREATE TABLE, ADD CONSTRAINT, or ADD COLUMN ... REFERENCES. */
export function addedForeignKeys(ctx: MigrationContext): AddedForeignKey[] {
  const cached = fkCache.get(ctx);
  if (cached) return cached;
  const out: AddedForeignKey[] = [];
  fkCache.set(ctx, out);
  const push = (statement: number, rel: RelationName, con: Ast, column?: string) => {
    if (con?.contype !== 'CONSTR_FOREIGN') return;
    out.push({ statement, rel, ref: rangeVar(con.pktable), name: con.conname, columns: column ? [column] : strings(con.fk_attrs), refColumns: strings(con.pk_attrs) });
  };
  for (const sc of ctx.statements) {
    const n = sc.stmt.node;
    if (sc.stmt.kind === 'CreateStmt') {
      const rel = rangeVar(n.relation);
      if (!rel) continue;
      for (const el of n.tableElts ?? []) {
        if (el.Constraint) push(sc.stmt.index, rel, el.Constraint);
        for (const c of el.ColumnDef?.constraints ?? []) push(sc.stmt.index, rel, c.Constraint, el.ColumnDef.colname);
      }
    } else if (sc.stmt.kind === 'AlterTableStmt' && (!n.objtype || n.objtype === 'OBJECT_TABLE')) {
      const rel = rangeVar(n.relation);
      if (!rel) continue;
      for (const item of n.cmds ?? []) {
        const cmd = item.AlterTableCmd;
        if (cmd?.subtype === 'AT_AddConstraint') push(sc.stmt.index, rel, cmd.def?.Constraint);
        if (cmd?.subtype === 'AT_AddColumn') for (const c of cmd.def?.ColumnDef?.constraints ?? []) push(sc.stmt.index, rel, c.Constraint, cmd.def.ColumnDef.colname);
      }
    }
  }
  return out;
}

/** An index usable for the foreign key's lookups: valid, not partial, its leading columns are exactly the key's. */
export function hasLeadingIndex(t: TableFact, columns: string[]): boolean {
  const want = new Set(columns);
  return t.indexes.some((i) => {
    if (i.valid === false || i.partial || i.columns.length < columns.length) return false;
    const lead = i.columns.slice(0, columns.length);
    return lead.every((c) => c !== null && want.has(c)) && new Set(lead).size === want.size;
  });
}

export const rule: LintRule = {
  id: 'foreign-key-without-index',
  severity: 'warning',
  category: 'correctness',
  kinds: ['CreateStmt', 'AlterTableStmt'],
  summary: 'A foreign key whose columns no index starts with: slow joins, and slow, locking deletes on the referenced table',
  rationale:
    'PostgreSQL indexes the referenced key but not the referencing columns. Without an index, every DELETE or key UPDATE on the referenced table scans the whole referencing table (holding locks), and joins on the relation scan too. Prisma does not add one for you on PostgreSQL.',
  safeAlternative: '-- in schema.prisma: model Post { ... @@index([authorId]) }, which generates:\nCREATE INDEX "Post_authorId_idx" ON "Post"("authorId");',
  docs: {
    problem:
      'Reports a foreign key added by the migration when, at the end of the migration, no valid, non-partial index of the table starts with the key\'s columns (in any order). An index created later in the same file counts, so Prisma\'s CREATE TABLE / ADD CONSTRAINT / CREATE INDEX order is quiet.',
    bad: 'CREATE TABLE "Post" ("id" SERIAL NOT NULL, "authorId" INTEGER NOT NULL, CONSTRAINT "Post_pkey" PRIMARY KEY ("id"));\nALTER TABLE "Post" ADD CONSTRAINT "Post_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id");',
    notes: 'On an existing, large table, create the index with CONCURRENTLY in its own migration (see `create-index-not-concurrently`).',
  },
  check(ctx) {
    const hits: RuleHit[] = [];
    for (const fk of addedForeignKeys(ctx)) {
      const t = ctx.after.tables.get(fk.rel.key);
      if (!t || !fk.columns.length || hasLeadingIndex(t, fk.columns)) continue;
      const idxName = `${fk.rel.name}_${fk.columns.join('_')}_idx`;
      hits.push({
        statement: fk.statement,
        message: `foreign key ${fk.name ? `"${fk.name}" ` : ''}on "${fk.rel.display}"(${fk.columns.join(', ')}) has no index starting with its columns`,
        table: fk.rel.display,
        tableKey: fk.rel.key,
        observed: ctx.trace?.ok === true,
        fix: `Add @@index([${fk.columns.join(', ')}]) to the model, or:\nCREATE INDEX ${q(idxName)} ON ${qr(fk.rel)} (${fk.columns.map(q).join(', ')});`,
      });
    }
    return hits;
  },
};
