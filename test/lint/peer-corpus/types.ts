/** One example from a peer linter's own documentation, as PostgreSQL SQL, with where it came from. */
export interface PeerExample {
  /** Unique id: `<peer>/<page or hint>/<bad|good>[-n]`. */
  id: string;
  origin: { repo: string; file: string; section?: string };
  kind: 'bad' | 'good';
  /** Migrations already on the base branch. */
  history: string[];
  /** The pull request's migrations, in order (a peer's `-- 2.sql`, `-- 3.sql`... are separate migrations). */
  pr: string[];
  /** Bad examples: the rules that must report it (somewhere in the PR). */
  caughtBy?: string[];
  /** Bad examples we deliberately do not report, and why (a PostgreSQL fact, or a type-choice opinion outside this linter's scope). */
  notCaught?: string;
  /** Good examples: warnings/errors we keep anyway, each with the reason (PostgreSQL documentation, or Prisma's one transaction per file). */
  allowed?: { rule: string; why: string }[];
  /** How our SQL differs from the peer's text (a translation from Rails, a fixed typo PostgreSQL would reject). */
  note?: string;
}

/** Why a good example that validates in the same file is still reported. */
export const ONE_TRANSACTION =
  'Prisma runs a migration file as one transaction and PostgreSQL holds every lock until it ends (PostgreSQL documentation, "Explicit Locking"): the VALIDATE scan runs under the lock the ADD ... NOT VALID took. The peer assumes each statement commits on its own.';
