/**
 * The PostgreSQL error inside Prisma's text (its output, or `_prisma_migrations.logs`), e.g.
 * `ERROR: division by zero` or the native engine's `Database error code: 42P01` block.
 */
export function extractDatabaseError(text: string | null | undefined): string | undefined {
  if (!text) return undefined;
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  const code = lines.find((l) => /^Database error code:/i.test(l))?.replace(/^Database error code:\s*/i, '');
  const pgLine = lines.find((l) => /\bERROR:\s/.test(l));
  if (pgLine) {
    const msg = pgLine.slice(pgLine.indexOf('ERROR:')).trim();
    return code && !msg.includes(code) ? `${msg} (SQLSTATE ${code})` : msg;
  }
  const dbError = lines.find((l) => /^Database error:/i.test(l));
  if (dbError) return dbError.replace(/^Database error:\s*/i, '');
  const prismaError = lines.find((l) => /^Error:\s*\S/.test(l) && !/^Error:\s*P\d{4}$/.test(l));
  if (prismaError) return prismaError.replace(/^Error:\s*/, '');
  const code2 = lines.find((l) => /^Error:\s*P\d{4}$/.test(l));
  if (code2) return [code2.replace(/^Error:\s*/, ''), ...lines.slice(lines.indexOf(code2) + 1, lines.indexOf(code2) + 4)].join(' ');
  return lines[0];
}
