/** Quote an SQL identifier (table, column, database name): never interpolate one raw. */
export function quoteIdent(name: string): string {
  if (name.includes('\u0000')) throw new Error('identifier contains a NUL byte');
  return `"${name.replace(/"/g, '""')}"`;
}

/** Quote a possibly schema-qualified name given as separate parts. */
export function quoteQualified(...parts: string[]): string {
  return parts.map(quoteIdent).join('.');
}

/** Quote an SQL string literal (for the rare statement that cannot take a parameter). */
export function quoteLiteral(value: string): string {
  if (value.includes('\u0000')) throw new Error('literal contains a NUL byte');
  return `'${value.replace(/'/g, "''")}'`;
}
