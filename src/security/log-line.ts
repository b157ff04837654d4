/**
 * The runner reads any stdout line that starts with `::` as a workflow command (`::error::`,
 * `::add-mask::`, `::stop-commands::`...). Text from a PR (migration names, SQL, Prisma's output
 * quoting them) can hold newlines, so a log line carrying it could start one. Every such line goes
 * through here: newlines inside the text become visible `\n` (one log line stays one line) and a
 * line that would still begin with `::` (after blanks) gets a visible prefix.
 */
export function safeLogLine(text: string): string {
  const one = text.replace(/\r\n|\r|\n|\u2028|\u2029|\u0085/g, '\\n');
  return /^\s*::/.test(one) ? `» ${one}` : one;
}

/** For text that is several lines on purpose (a block of output): each line made safe on its own. */
export function safeLogLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/).map(safeLogLine);
}
