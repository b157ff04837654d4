/**
 * Process-wide registry of secret strings (passwords, full URLs). Everything we print passes
 * through `redact`, so a secret that reaches an error message from pg or Prisma is still hidden.
 * In an action, `setSecretSink(core.setSecret)` also tells the runner to mask it in its own log.
 */
const secrets = new Set<string>();
let sink: ((s: string) => void) | undefined;

export function setSecretSink(fn: (s: string) => void): void {
  sink = fn;
  for (const s of secrets) fn(s);
}

export function registerSecret(value: string | undefined | null): void {
  if (!value || value.length < 3 || secrets.has(value)) return;
  secrets.add(value);
  // URL-encoded form too: a password with '@' or '/' appears encoded inside URLs.
  const enc = encodeURIComponent(value);
  if (enc !== value) secrets.add(enc);
  sink?.(value);
  if (enc !== value) sink?.(enc);
}

const URL_CREDENTIALS = /\b(postgres(?:ql)?:\/\/)([^:@/\s]+)(?::([^@\s]*))?@/gi;

/** Hide registered secrets and any credentials embedded in a postgres URL. */
export function redact(text: string): string {
  let out = text.replace(URL_CREDENTIALS, (_m, scheme: string, user: string, pass?: string) =>
    pass === undefined ? `${scheme}${user}@` : `${scheme}${user}:***@`,
  );
  // Longest first, so a secret containing another is replaced whole.
  for (const s of [...secrets].sort((a, b) => b.length - a.length)) out = out.split(s).join('***');
  return out;
}
