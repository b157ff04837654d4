import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { makeTempDir, REPO_ROOT } from './tmp.js';

export interface RunnerResult {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  /** Workflow-command annotations printed on stdout (::error file=..::msg). */
  annotations: { level: string; props: Record<string, string>; message: string }[];
  /** Every line printed, stdout and stderr: the password grep runs over this. */
  allText: string;
}

/**
 * Run `dist/<action>/index.js` the way the runner does: INPUT_* env, GITHUB_EVENT_PATH,
 * GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, and any GITHUB_API_URL the test provides.
 */
export async function runBundle(
  action: string,
  opts: { inputs?: Record<string, string>; event?: unknown; eventName?: string; env?: Record<string, string>; cwd?: string; timeoutMs?: number },
): Promise<RunnerResult> {
  const t = makeTempDir('runner');
  const outputFile = path.join(t.dir, 'output');
  const summaryFile = path.join(t.dir, 'summary.md');
  const eventFile = path.join(t.dir, 'event.json');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  writeFileSync(eventFile, JSON.stringify(opts.event ?? {}));
  mkdirSync(path.join(t.dir, 'temp'), { recursive: true });
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_ACTIONS: 'true',
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_EVENT_PATH: eventFile,
    GITHUB_EVENT_NAME: opts.eventName ?? 'pull_request',
    GITHUB_REPOSITORY: 'acme/girok',
    GITHUB_WORKSPACE: opts.cwd ?? process.cwd(),
    RUNNER_TEMP: path.join(t.dir, 'temp'),
    ...opts.env,
  };
  for (const [k, v] of Object.entries(opts.inputs ?? {})) env[`INPUT_${k.replace(/ /g, '_').toUpperCase()}`] = v;
  const bundle = path.join(REPO_ROOT, 'dist', action, 'index.js');
  const child = spawn(process.execPath, [bundle], { cwd: opts.cwd ?? process.cwd(), env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 120_000);
  const code = await new Promise<number>((r) => child.on('close', (c) => r(c ?? 1)));
  clearTimeout(timer);
  const result: RunnerResult = {
    code,
    stdout,
    stderr,
    outputs: parseOutputs(readFileSync(outputFile, 'utf8')),
    summary: readFileSync(summaryFile, 'utf8'),
    annotations: parseAnnotations(stdout),
    allText: `${stdout}\n${stderr}\n${readFileSync(summaryFile, 'utf8')}\n${readFileSync(outputFile, 'utf8')}`,
  };
  t.cleanup();
  return result;
}

/** GITHUB_OUTPUT uses `name<<DELIM\nvalue\nDELIM` blocks. */
export function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = lines[i]!.match(/^([^<=]+)<<(.+)$/);
    if (m) {
      const value: string[] = [];
      i++;
      while (i < lines.length && lines[i] !== m[2]) value.push(lines[i++]!);
      out[m[1]!] = value.join('\n');
    } else if (lines[i]!.includes('=')) {
      const [k, ...v] = lines[i]!.split('=');
      out[k!] = v.join('=');
    }
  }
  return out;
}

function unescapeData(s: string): string {
  return s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

export function parseAnnotations(stdout: string): RunnerResult['annotations'] {
  const res: RunnerResult['annotations'] = [];
  for (const line of stdout.split('\n')) {
    const m = line.match(/^::(error|warning|notice)(?: ([^:]*))?::(.*)$/);
    if (!m) continue;
    const props: Record<string, string> = {};
    for (const kv of (m[2] ?? '').split(',').filter(Boolean)) {
      const idx = kv.indexOf('=');
      props[kv.slice(0, idx)] = unescapeData(kv.slice(idx + 1)).replace(/%3A/g, ':').replace(/%2C/g, ',');
    }
    res.push({ level: m[1]!, props, message: unescapeData(m[3]!) });
  }
  return res;
}
