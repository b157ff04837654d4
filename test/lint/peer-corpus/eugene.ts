import type { PeerExample } from './types.js';

/**
 * kaaveland/eugene, eugene/examples/<hint>/{bad,good}.sql (the SQL its hint docs, eugene/docs/src/hints/<hint>,
 * are generated from). Each `-- N.sql` part is a migration: 1.sql is the base history, the rest the PR.
 */
const R = 'kaaveland/eugene';
const f = (hint: string, kind: 'bad' | 'good') => ({ repo: R, file: `eugene/examples/${hint}/${kind}.sql` });

const AUTHORS_NULLABLE = 'create table authors(\n    id integer generated always as identity\n        primary key,\n    name text\n);';
const AUTHORS = 'create table authors (\n    id integer generated always as identity\n        primary key,\n    name text not null\n);';
const PRICES = 'create table prices (\n    id integer generated always as identity\n        primary key,\n    price int not null\n);';

export const EUGENE: PeerExample[] = [
  { id: 'eugene/E1/bad', origin: f('E1', 'bad'), kind: 'bad', history: [AUTHORS_NULLABLE], pr: ["set local lock_timeout = '2s';\nalter table authors\n    add constraint name_not_null\n        check (name is not null);"], caughtBy: ['add-check-validating'] },
  {
    id: 'eugene/E1/good',
    origin: f('E1', 'good'),
    kind: 'good',
    history: [AUTHORS_NULLABLE],
    pr: ["set local lock_timeout = '2s';\nalter table authors\n    add constraint name_not_null\n        check (name is not null) not valid;", "set local lock_timeout = '2s';\nalter table authors\n    validate constraint name_not_null;"],
  },
  { id: 'eugene/E2/bad', origin: f('E2', 'bad'), kind: 'bad', history: [AUTHORS_NULLABLE], pr: ["set local lock_timeout = '2s';\nalter table authors\n    alter column name set not null;"], caughtBy: ['set-not-null'] },
  {
    id: 'eugene/E2/good',
    origin: f('E2', 'good'),
    kind: 'good',
    history: [AUTHORS_NULLABLE],
    pr: [
      "set local lock_timeout = '2s';\nalter table authors\n    add constraint check_name_not_null\n        check (name is not null) not valid;",
      "set local lock_timeout = '2s';\nalter table authors\n    validate constraint check_name_not_null;",
      "set local lock_timeout = '2s';\n-- eugene trace knows name has a valid not null check, but eugene lint doesn't\n-- eugene: ignore E2\nalter table authors\n    alter name set not null;",
    ],
    note: 'Quiet without any ignore comment: the validated CHECK of the previous migration lets PostgreSQL 12+ skip the scan.',
  },
  {
    id: 'eugene/E3/bad',
    origin: f('E3', 'bad'),
    kind: 'bad',
    history: [],
    pr: ['create table authors (\n    id integer generated always as identity\n        primary key,\n    name text not null,\n    meta json\n);'],
    notCaught: 'json rather than jsonb is a type choice (PostgreSQL documentation, "JSON Types", recommends jsonb for most uses), not a hazard of the migration: a new table, no lock, no data. Out of scope for this linter.',
  },
  { id: 'eugene/E3/good', origin: f('E3', 'good'), kind: 'good', history: [], pr: ['create table authors (\n    id integer generated always as identity\n        primary key,\n    name text not null,\n    meta jsonb\n);'] },
  {
    id: 'eugene/E4/bad',
    origin: f('E4', 'bad'),
    kind: 'bad',
    history: [AUTHORS],
    pr: ["set local lock_timeout = '2s';\nalter table authors\n    add column email text not null;\nselect count(*) from authors;"],
    caughtBy: ['lock-held-across-statements', 'add-required-column'],
  },
  {
    id: 'eugene/E4/good',
    origin: f('E4', 'good'),
    kind: 'good',
    history: [AUTHORS],
    pr: ["set local lock_timeout = '2s';\nalter table authors\n    add column email text not null;", 'select count(*) from authors;'],
    allowed: [{ rule: 'add-required-column', why: 'A NOT NULL column without DEFAULT fails on a table with rows (PostgreSQL fills them with NULL, "ALTER TABLE" ADD COLUMN). The example\'s table is empty; with stats-database-url showing it empty, this finding goes away.' }],
  },
  { id: 'eugene/E5/bad', origin: f('E5', 'bad'), kind: 'bad', history: [PRICES], pr: ["set local lock_timeout = '2s';\nalter table prices\n    alter price set data type bigint;"], caughtBy: ['change-column-type'] },
  {
    id: 'eugene/E5/good',
    origin: f('E5', 'good'),
    kind: 'good',
    history: [PRICES],
    pr: [
      "set local lock_timeout = '2s';\nalter table prices\n    add column new_price bigint;",
      "update prices set new_price = price :: bigint;\nset local lock_timeout = '2s';\nalter table prices\n    add constraint check_new_price_not_null\n        check (new_price is not null) not valid;",
      "set local lock_timeout = '2s';\nalter table prices\n    validate constraint check_new_price_not_null,\n    drop column price;\n-- eugene: ignore E4\n-- this has to run in the same transaction as dropping the old price column\nalter table prices\n    rename column new_price to price;",
    ],
    allowed: [
      { rule: 'update-without-where', why: 'A backfill of a column this PR added (a warning, not an error): one UPDATE of every row in one transaction; batch it.' },
      { rule: 'drop-column', why: 'Dropping "price" deletes its data and breaks the running release that still reads it: the expand/contract drop belongs in a later release.' },
    ],
    note: 'Renaming new_price (added by this PR) is quiet.',
  },
  { id: 'eugene/E6/bad', origin: f('E6', 'bad'), kind: 'bad', history: [AUTHORS], pr: ["set local lock_timeout = '2s';\ncreate index\n    authors_name_idx on authors (name);"], caughtBy: ['create-index-not-concurrently'] },
  { id: 'eugene/E6/good', origin: f('E6', 'good'), kind: 'good', history: [AUTHORS], pr: ['create index concurrently\n    authors_name_idx on authors (name);'] },
  { id: 'eugene/E7/bad', origin: f('E7', 'bad'), kind: 'bad', history: [AUTHORS], pr: ["set local lock_timeout = '2s';\nalter table authors\n    add constraint unique_name unique(name);"], caughtBy: ['add-unique-constraint'] },
  {
    id: 'eugene/E7/good',
    origin: f('E7', 'good'),
    kind: 'good',
    history: [AUTHORS],
    pr: ['create unique index concurrently\n    authors_name_unique on authors(name);', "set local lock_timeout = '2s';\nalter table authors\n    add constraint unique_name\n        unique using index authors_name_unique;"],
  },
  { id: 'eugene/E8/bad', origin: f('E8', 'bad'), kind: 'bad', history: [AUTHORS], pr: ["set local lock_timeout = '2s';\nalter table authors\n    add constraint authors_name_excl\n        exclude (name with =);"], caughtBy: ['add-exclusion-constraint'] },
  { id: 'eugene/E9/bad', origin: f('E9', 'bad'), kind: 'bad', history: [AUTHORS], pr: ['alter table authors add column email text;'], caughtBy: ['lock-timeout-missing'], note: 'A notice while deploy.lock-timeout is set, a warning when it is off.' },
  { id: 'eugene/E9/good', origin: f('E9', 'good'), kind: 'good', history: [AUTHORS], pr: ["set local lock_timeout = '2s';\nalter table authors add column email text;"] },
  {
    id: 'eugene/E10/bad',
    origin: f('E10', 'bad'),
    kind: 'bad',
    history: [`${PRICES}\n\n${AUTHORS}`],
    pr: ["set local lock_timeout = '2s';\nalter table authors add column meta jsonb;\n\n-- eugene: ignore E5, E4\n-- causes table rewrite, but this example isnt't about that\nalter table prices\n    alter price set data type bigint;"],
    caughtBy: ['lock-held-across-statements'],
  },
  {
    id: 'eugene/E10/good',
    origin: f('E10', 'good'),
    kind: 'good',
    history: [`${PRICES}\n\n${AUTHORS}`],
    pr: ["set local lock_timeout = '2s';\nalter table authors\n    add column meta jsonb;", "set local lock_timeout = '2s';\n-- eugene: ignore E5, E4\n-- causes table rewrite, but this example isnt't about that\nalter table prices\n    alter price set data type bigint;"],
    allowed: [{ rule: 'change-column-type', why: 'The example silences E5 (the rewrite) on purpose; the rewrite of "prices" is real (PostgreSQL documentation, "ALTER TABLE": int to bigint rewrites the table).' }],
  },
  { id: 'eugene/E11/bad', origin: f('E11', 'bad'), kind: 'bad', history: ['create table prices (\n    price int not null\n);'], pr: ["set local lock_timeout = '2s';\nalter table prices\n    add column id serial;"], caughtBy: ['add-identity-or-serial-column'] },
  {
    id: 'eugene/E15/bad',
    origin: f('E15', 'bad'),
    kind: 'bad',
    history: [],
    pr: [
      'create table items\n(\n    id bigint generated always as identity primary key\n);\n\ncreate table purchase\n(\n    id   bigint generated always as identity primary key,\n    item bigint not null references items (id) -- no index\n);',
      "set local lock_timeout = '2s';\n-- eugene: ignore E6\ncreate index purchase_item_idx on purchase (item)\n    -- this is a partial index, not good enough for enforcing referential integrity\n    where item = 1;",
    ],
    caughtBy: ['foreign-key-without-index'],
    note: 'Both parts are the PR: the foreign key and the index that does not cover it.',
  },
  {
    id: 'eugene/E15/good',
    origin: f('E15', 'good'),
    kind: 'good',
    history: [],
    pr: [
      'create table items\n(\n    id bigint generated always as identity primary key\n);\n\ncreate table purchase\n(\n    id   bigint generated always as identity primary key,\n    item bigint not null references items (id)\n);',
      "set local lock_timeout = '2s';\n-- eugene: ignore E6\ncreate index purchase_item_idx on purchase(item);",
    ],
    allowed: [{ rule: 'foreign-key-without-index', why: 'Reported on the first migration, which ends with the foreign key unindexed: a deploy can stop between the two migrations (this rule judges each migration on its own).' }],
  },
  {
    id: 'eugene/W12/bad',
    origin: f('W12', 'bad'),
    kind: 'bad',
    history: ['create table authors(\n    id integer generated always as identity\n        primary key,\n    name text,\n    email text\n);'],
    pr: ["set lock_timeout = '2s';\nalter table authors\n    alter column name set not null;\n-- eugene: ignore E2, E4\nalter table authors\n    alter column email set not null;"],
    caughtBy: ['set-not-null'],
  },
  {
    id: 'eugene/W12/good',
    origin: f('W12', 'good'),
    kind: 'good',
    history: ['create table authors(\n    id integer generated always as identity\n        primary key,\n    name text,\n    email text\n);'],
    pr: ["set lock_timeout = '2s';\n-- eugene: ignore E2\nalter table authors\n  alter column name set not null,\n  alter column email set not null;"],
    allowed: [{ rule: 'set-not-null', why: 'The example silences E2 on purpose; each SET NOT NULL scans the table under ACCESS EXCLUSIVE (PostgreSQL documentation, "ALTER TABLE").' }],
  },
  {
    id: 'eugene/W13/bad',
    origin: f('W13', 'bad'),
    kind: 'bad',
    history: [],
    pr: ["create type document_type\n    as enum ('invoice', 'receipt', 'other');\ncreate table document (\n    id int generated always as identity\n        primary key,\n    type document_type\n);"],
    notCaught: 'Creating an enum is Prisma\'s own mapping of an `enum` block: a design choice with no lock or data at stake. Its later hazards (a renamed or removed value) are reported when they happen (alter-enum-rename-value, drop-enum-value-or-type).',
  },
  {
    id: 'eugene/W13/good',
    origin: f('W13', 'good'),
    kind: 'good',
    history: [],
    pr: ["create table document_type(\n    type_name text primary key\n);\ninsert into document_type\n  values('invoice'), ('receipt'), ('other');\ncreate table document (\n    id int generated always as identity\n        primary key,\n    type text\n        references document_type(type_name)\n);"],
    allowed: [{ rule: 'foreign-key-without-index', why: 'document.type has no index: deletes of a document_type scan document (a correctness warning of this linter, not the peer\'s topic).' }],
  },
  {
    id: 'eugene/W14/bad',
    origin: f('W14', 'bad'),
    kind: 'bad',
    history: ['create table authors(\n    name text\n);'],
    pr: ['create unique index concurrently\n    authors_name_key on authors(name);', "set local lock_timeout = '2s';\nalter table authors\n    add constraint authors_name_pkey\n        primary key using index authors_name_key;"],
    caughtBy: ['add-primary-key'],
  },
  {
    id: 'eugene/W14/good',
    origin: f('W14', 'good'),
    kind: 'good',
    history: ['create table authors(\n    name text\n);'],
    pr: [
      'create unique index concurrently\n    authors_name_key on authors(name);',
      "set local lock_timeout = '2s';\n-- eugene: ignore E2\n-- This is a demo of W14, so we can ignore E2 instead of the\n-- multi-step migration to make the column NOT NULL safely\nalter table authors\n    alter column name set not null;",
      'alter table authors\n    add constraint authors_name_pkey\n        primary key using index authors_name_key;',
    ],
    allowed: [{ rule: 'set-not-null', why: 'The example silences E2 on purpose; SET NOT NULL scans the table under ACCESS EXCLUSIVE (PostgreSQL documentation, "ALTER TABLE").' }],
  },
];
