import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config/load.js';
import { toolErrorSummary, scrubRowData } from '../../src/sync/commands.js';
import { hmacPads, keyedHash } from '../../src/sync/masking/keyed-hash.js';
import { addSeconds, assertNameFits, copyStamp, oldCopyName, syncCopyName, timestamp } from '../../src/sync/names.js';
import { looksPersonal, nameWords } from '../../src/sync/pii.js';
import { parseBoolText, parseKeepOld } from '../../src/sync/inputs.js';
import { Progress } from '../../src/sync/progress.js';

describe('copy names', () => {
  it('stamps in UTC and recognises only its own copies', () => {
    const stamp = timestamp(new Date('2024-03-03T03:04:05.678Z'));
    expect(stamp).toBe('20240303030405');
    expect(syncCopyName('staging_girok_user', stamp)).toBe('staging_girok_user_sync_20240303030405');
    expect(copyStamp('staging_girok_user', 'old', oldCopyName('staging_girok_user', stamp))).toBe(stamp);
    expect(copyStamp('staging_girok_user', 'old', 'staging_girok_user_old_2024')).toBeUndefined();
    expect(copyStamp('staging', 'old', 'staging_girok_user_old_20240303030405')).toBeUndefined();
    expect(addSeconds('20241231235959', 1)).toBe('20250101000000');
    expect(() => assertNameFits('x'.repeat(43))).not.toThrow();
    expect(() => assertNameFits('x'.repeat(44))).toThrow(expect.objectContaining({ message: expect.stringContaining('too long for a sync'), next: expect.stringContaining('at most 43 bytes') }));
  });
});

describe('PII column names', () => {
  it.each(['email', 'userEmail', 'email_address', 'phoneNumber', 'firstName', 'name', 'refreshToken', 'clientSecret', 'passwordHash', 'ipAddress', 'lastLoginIp', 'dateOfBirth', 'ssn', 'apiKey'])('%s looks personal', (c) => {
    expect(looksPersonal(c)).toBe(true);
  });
  it.each(['id', 'filename', 'zip', 'createdAt', 'provider', 'abalance', 'migration_count', 'description'])('%s does not', (c) => {
    expect(looksPersonal(c)).toBe(false);
  });
  it('adds the config patterns, case-insensitively', () => {
    expect(looksPersonal('taxCode', ['^tax'])).toBe(true);
    expect(nameWords('HTTPServerIPAddress')).toEqual(['http', 'server', 'ip', 'address']);
  });
});

describe('keyed-hash', () => {
  it('pads follow RFC 2104 for short and long keys', () => {
    expect(hmacPads('k').inner[0]).toBe('k'.charCodeAt(0) ^ 0x36);
    expect(hmacPads('k').outer[63]).toBe(0x5c);
    expect(keyedHash('a', 'x'.repeat(100))).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('tool output', () => {
  it('keeps the error lines and withholds rows', () => {
    const stderr = 'pg_restore: error: could not execute query: ERROR:  could not create unique index "u_e_key"\nDETAIL:  Key (e)=(alice@example.org) is duplicated.\nCommand was: ALTER TABLE ONLY public.u\n    ADD CONSTRAINT u_e_key UNIQUE (e);\n\npg_restore: error: a worker process died unexpectedly\n';
    const s = toolErrorSummary(stderr);
    expect(s).toContain('could not create unique index "u_e_key"');
    expect(s).toContain('Command was: ALTER TABLE ONLY public.u');
    expect(s).not.toContain('alice@example.org');
    expect(s).not.toContain('worker process died');
    expect(scrubRowData('CONTEXT:  COPY u, line 1: "secret"')).not.toContain('secret');
  });
});

describe('inputs', () => {
  it('keep-old and strict reject nonsense with the flag name', () => {
    expect(parseKeepOld('0')).toBe(0);
    expect(parseKeepOld('')).toBeUndefined();
    expect(() => parseKeepOld('-1', '--keep-old')).toThrow('--keep-old is "-1"');
    expect(() => parseKeepOld('1.5')).toThrow(expect.objectContaining({ why: expect.stringContaining('whole number') }));
    expect(parseBoolText('false', '--strict')).toBe(false);
    expect(() => parseBoolText('maybe', '--strict')).toThrow('--strict is "maybe"');
  });
  it('a masking strategy the config does not know is a config error', () => {
    expect(() => parseConfig('sync:\n  masking:\n    User:\n      email: scramble\n', 'c.yml', '/tmp')).toThrow(/expected one of email, name/);
  });
});

describe('progress', () => {
  it('prints done/total, rate and time left, then the totals', () => {
    const lines: string[] = [];
    const p = new Progress('copy', 1000, 'rows', (l) => lines.push(l), 0, true);
    p.update(500);
    p.finish(1000);
    expect(lines[0]).toMatch(/^copy: 500 rows \/ ~1,000 rows \(50%\), [\d,]+ rows\/s, ~[\d.]+ s left$/);
    expect(lines[1]).toMatch(/^copy: done, 1,000 rows in [\d.]+ s/);
  });
});
