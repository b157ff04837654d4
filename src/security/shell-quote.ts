/**
 * The one way a command we print is quoted. Names and paths in printed commands come from PRs,
 * URLs and folders (all possibly hostile): each value is single-quoted for POSIX shells unless it
 * is made only of characters no shell treats specially, so a pasted command runs exactly what it
 * shows and nothing a name smuggled in (`app_d"q;$(id)` stays a literal argument).
 */
export function shellQuote(value: string): string {
  if (value !== '' && /^[A-Za-z0-9_./:=@%+,-]+$/.test(value)) return value;
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

/** A shell variable the user exports (never its value, which may be a secret): `"$NAME"`. */
export interface EnvRef {
  env: string;
}

export function envRef(name: string): EnvRef {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new Error(`not a shell variable name: ${name}`);
  return { env: name };
}

/** A command line from its words: literals quoted, variables as `"$NAME"`. */
export function shellCommand(words: readonly (string | EnvRef)[]): string {
  return words.map((w) => (typeof w === 'string' ? shellQuote(w) : `"$${w.env}"`)).join(' ');
}
