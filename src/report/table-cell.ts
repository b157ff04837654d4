/**
 * Inline code that is safe inside a markdown table cell. A code span cannot be broken by the
 * backticks it holds (the fence is longer than any run of them), but GitHub splits table cells on
 * every `|`, even inside code: each is written `\|`, which GitHub renders as `|` in the cell. Line
 * breaks would end the row, so they become spaces. Names from PRs (migration folders) go through
 * this wherever a table shows them as code.
 */
export function cellCode(text: string): string {
  const t = text.replace(/\r\n|\r|\n/g, ' ').replace(/\|/g, '\\|');
  const longest = Math.max(0, ...[...t.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return longest || t.startsWith(' ') || t.endsWith(' ') ? `${fence} ${t} ${fence}` : `${fence}${t}${fence}`;
}
