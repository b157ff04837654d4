import { getSchema, type Attr, type Block, type Field, type KeyValue, type Value } from '@mrleebo/prisma-ast';

/**
 * The database-relevant part of a Prisma schema, as one canonical string: two schemas with the
 * same string need no migration between them. Left out, because they never reach the database:
 * comments (`//`, `///`), formatting, the generator and datasource blocks (except the
 * datasource's `extensions`, and its `relationMode` when the schema has relations), the order of blocks and fields, Prisma-side names of models and
 * fields (the table and column names come from `@@map` / `@map`), `@updatedAt`, and defaults the
 * Prisma Client computes (`uuid()`, `cuid()`, `nanoid()`, `ulid()`).
 */
export function databaseModel(sources: readonly string[]): string {
  const blocks: Block[] = sources.flatMap((s) => getSchema(withoutComments(s)).list);
  const objects = blocks.filter((b): b is Extract<Block, { type: 'model' | 'view' }> => b.type === 'model' || b.type === 'view');
  const enums = blocks.filter((b): b is Extract<Block, { type: 'enum' }> => b.type === 'enum');
  const byName = new Map(objects.map((o) => [o.name, o]));
  const enumDb = new Map(enums.map((e) => [e.name, mappedName(e.enumerators.filter(isAttr), e.name)]));

  const fieldsOf = (o: (typeof objects)[number]) => o.properties.filter((p): p is Field => p.type === 'field');
  const columnOf = (o: (typeof objects)[number] | undefined, field: string): string => {
    const f = o && fieldsOf(o).find((x) => x.name === field);
    return f ? mappedName(f.attributes ?? [], f.name) : field;
  };
  const tableOf = (name: string): string => {
    const o = byName.get(name);
    return o ? mappedName(o.properties.filter(isAttr), o.name) : name;
  };

  const out: Record<string, unknown> = {};
  let relations = 0;
  for (const o of objects) {
    const table = `${o.type}:${tableOf(o.name)}`;
    const columns: string[] = [];
    for (const f of fieldsOf(o)) {
      const type = typeof f.fieldType === 'string' ? f.fieldType : render(f.fieldType);
      const target = byName.get(type);
      if (target) {
        const rel = relationKey(o, f, target, { columnOf, tableOf, fieldsOf });
        if (rel) {
          columns.push(rel);
          relations++;
        }
        continue;
      }
      const attrs = (f.attributes ?? [])
        .filter((a) => !(a.name === 'map' && !a.group) && a.name !== 'updatedAt' && !isClientDefault(a))
        .map((a) => renderAttr(a, (v) => v))
        .sort();
      const dbType = enumDb.has(type) ? `enum ${enumDb.get(type)}` : type;
      columns.push(`${columnOf(o, f.name)}: ${dbType}${f.array ? '[]' : ''}${f.optional ? '?' : ''} ${attrs.join(' ')}`.trim());
    }
    const blockAttrs = o.properties
      .filter(isAttr)
      .filter((a) => !(a.name === 'map' && !a.group))
      .map((a) => renderAttr(a, (v) => columnsIn(v, (field) => columnOf(o, field)), ['id', 'unique'].includes(a.name) ? ['name'] : []))
      .sort();
    out[table] = { columns: columns.sort(), attributes: blockAttrs };
  }
  for (const e of enums) {
    const values = e.enumerators
      .filter((x): x is Extract<typeof x, { type: 'enumerator' }> => x.type === 'enumerator')
      .map((x) => mappedName(x.attributes ?? [], x.name))
      .sort();
    const attrs = e.enumerators.filter(isAttr).filter((a) => a.name !== 'map').map((a) => renderAttr(a, (v) => v)).sort();
    out[`enum:${enumDb.get(e.name)}`] = { values, attributes: attrs };
  }
  for (const b of blocks) {
    if (b.type !== 'datasource') continue;
    // postgresqlExtensions: the extensions list is created by migrations.
    const ext = b.assignments.find((a): a is Extract<typeof a, { type: 'assignment' }> => a.type === 'assignment' && a.key === 'extensions');
    if (ext) out['datasource:extensions'] = render(ext.value);
    // relationMode "prisma" (formerly referentialIntegrity) keeps foreign keys out of the database:
    // switching it adds or drops every foreign key, so it counts once the schema has relations.
    const mode = b.assignments.find(
      (a): a is Extract<typeof a, { type: 'assignment' }> => a.type === 'assignment' && (a.key === 'relationMode' || a.key === 'referentialIntegrity'),
    );
    if (relations) out['datasource:relationMode'] = mode ? render(mode.value).replace(/"/g, '') : 'foreignKeys';
  }
  return JSON.stringify(Object.keys(out).sort().map((k) => [k, out[k]]));
}

/**
 * Comments (line comments, doc comments and block comments) removed outside string literals, and
 * trailing blanks trimmed, before parsing: they never matter to the database, and the parser rejects some placements Prisma accepts
 * (`model A { // note`).
 */
export function withoutComments(source: string): string {
  let out = '';
  let inString = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (inString) {
      out += c;
      if (c === '\\') out += source[++i] ?? '';
      else if (c === '"' || c === '\n') inString = false;
    } else if (c === '"') {
      inString = true;
      out += c;
    } else if (c === '/' && source[i + 1] === '*') {
      // A block comment (Prisma accepts them too): its newlines are kept, so lines stay apart.
      const end = source.indexOf('*/', i + 2);
      const stop = end < 0 ? source.length : end + 2;
      out += source.slice(i, stop).replace(/[^\n]/g, '');
      i = stop - 1;
    } else if (c === '/' && source[i + 1] === '/') {
      while (i < source.length && source[i] !== '\n') i++;
      out += '\n';
    } else out += c;
  }
  return out.replace(/[ \t\r]+\n/g, '\n');
}

type ObjectBlock = Extract<Block, { type: 'model' | 'view' }>;

function isAttr<T extends { type: string }>(p: T): p is T & Attr {
  return p.type === 'attribute';
}

/** `@map("x")` / `@@map("x")`, else the Prisma name. */
function mappedName(attrs: readonly Attr[], name: string): string {
  const map = attrs.find((a) => a.name === 'map' && !a.group);
  const arg = map?.args?.[0]?.value;
  const v = arg && typeof arg === 'object' && !Array.isArray(arg) && arg.type === 'keyValue' ? arg.value : arg;
  return typeof v === 'string' ? unquote(v) : name;
}

function unquote(s: string): string {
  return /^".*"$/s.test(s) ? s.slice(1, -1) : s;
}

const CLIENT_DEFAULTS = new Set(['uuid', 'cuid', 'nanoid', 'ulid']);

function isClientDefault(a: Attr): boolean {
  if (a.name !== 'default' || a.group) return false;
  const v = a.args?.[0]?.value;
  return typeof v === 'object' && v !== null && !Array.isArray(v) && v.type === 'function' && CLIENT_DEFAULTS.has(v.name);
}

/** Field names inside an attribute's arguments (`[a, b]`, `a(sort: Desc)`), as their column names. */
function columnsIn(v: Value | KeyValue, col: (field: string) => string): Value | KeyValue {
  if (typeof v === 'string') return /^[A-Za-z_]\w*$/.test(v) ? col(v) : v;
  if (Array.isArray(v)) return v.map((x) => columnsIn(x, col) as Value);
  if (v && typeof v === 'object') {
    if (v.type === 'array') return { ...v, args: v.args.map((x) => columnsIn(x, col) as Value) };
    if (v.type === 'function') return { ...v, name: col(v.name) };
    if (v.type === 'keyValue') return v.key === 'fields' ? { ...v, value: columnsIn(v.value, col) as Value } : v;
  }
  return v;
}

function renderAttr(a: Attr, mapArg: (v: Value | KeyValue) => Value | KeyValue, dropKeys: string[] = []): string {
  const args = (a.args ?? [])
    .map((x) => x.value as Value | KeyValue)
    .filter((v) => !(v && typeof v === 'object' && !Array.isArray(v) && v.type === 'keyValue' && dropKeys.includes(v.key)))
    .map((v, i) => render(i === 0 || (typeof v === 'object' && v !== null && !Array.isArray(v) && v.type === 'keyValue' && v.key === 'fields') ? mapArg(v) : v));
  return `@${a.group ? `${a.group}.` : ''}${a.name}(${args.join(', ')})`;
}

function render(v: Value | KeyValue | undefined): string {
  if (v === undefined || v === null) return 'null';
  if (typeof v !== 'object') return String(v);
  if (Array.isArray(v)) return `[${v.map(render).join(', ')}]`;
  switch (v.type) {
    case 'array':
      return `[${v.args.map(render).join(', ')}]`;
    case 'function':
      return `${v.name}(${(v.params ?? []).map(render).join(', ')})`;
    case 'keyValue':
      return `${v.key}: ${render(v.value)}`;
    case 'object':
      return `{${v.properties.map(render).join(', ')}}`;
  }
}

interface Lookups {
  columnOf: (o: ObjectBlock | undefined, field: string) => string;
  tableOf: (name: string) => string;
  fieldsOf: (o: ObjectBlock) => Field[];
}

/**
 * A relation field has no column of its own. The side with `fields:` holds the foreign key
 * (its columns, the referenced table and columns, and the actions matter); a list with no
 * `fields:` is either the other side of that (nothing in the database) or an implicit
 * many-to-many, whose join table `_<relation name>` is named after the Prisma model names.
 */
function relationKey(o: ObjectBlock, f: Field, target: ObjectBlock, l: Lookups): string | undefined {
  const rel = (f.attributes ?? []).find((a) => a.name === 'relation' && !a.group);
  const args = (rel?.args ?? []).map((x) => x.value as Value | KeyValue);
  const kv = (key: string) => args.find((v): v is KeyValue => typeof v === 'object' && v !== null && !Array.isArray(v) && v.type === 'keyValue' && v.key === key);
  const positional = args.find((v) => typeof v === 'string');
  const name = kv('name')?.value ?? positional;
  const fields = kv('fields');
  if (fields) {
    const cols = (v: Value, model: ObjectBlock | undefined) => render(columnsIn(v, (x) => l.columnOf(model, x)) as Value);
    const refs = kv('references');
    const rest = ['onDelete', 'onUpdate', 'map'].map((k) => kv(k)).filter((x): x is KeyValue => !!x).map(render);
    return `fk ${cols(fields.value, o)} -> ${l.tableOf(target.name)}${refs ? cols(refs.value, target) : ''} ${rest.join(' ')}`.trim();
  }
  if (!f.array) return undefined;
  const back = l.fieldsOf(target).find((x) => x.fieldType === o.name && x.array && x !== f);
  if (!back) return undefined;
  const relName = name !== undefined ? unquote(String(name)) : [o.name, target.name].sort().join('To');
  return `m2m _${relName} ${[o.name, target.name].sort().join(' ')}`;
}
