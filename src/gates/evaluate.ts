import { GATE_NAMES } from '../config/types.js';
import { describeError } from '../errors.js';
import { redact } from '../security/redact.js';
import { GATES } from './registry.js';
import type { Gate, GateContext, GateResult } from './types.js';

/**
 * Run the environment's gates in the documented order. Every enabled gate runs even after one
 * fails, so one dispatch shows everything to fix; a gate that throws (staging unreachable, say)
 * fails with the error rather than aborting the others.
 */
export async function evaluateGates(ctx: GateContext, gates: Record<string, Gate> = GATES, onLog?: (line: string) => void): Promise<GateResult[]> {
  const results: GateResult[] = [];
  for (const name of GATE_NAMES) {
    const gate = gates[name];
    if (!gate) continue;
    const started = Date.now();
    if (!ctx.environment.gates[name]) {
      results.push({ name, outcome: { status: 'skip', reason: `off for environment ${ctx.environment.name}` }, durationMs: 0 });
      continue;
    }
    let outcome;
    try {
      outcome = await gate.evaluate(ctx);
    } catch (err) {
      const text = redact(describeError(err));
      const [what, ...rest] = text.split('\n');
      const next = rest.find((l) => l.startsWith('Next: '))?.slice(6);
      outcome = {
        status: 'fail' as const,
        reason: `${name} could not be checked: ${what}`,
        remedy: next ?? 'fix the error above and dispatch again',
        details: rest.filter((l) => !l.startsWith('Next: ')),
      };
    }
    const r: GateResult = { name, outcome, durationMs: Date.now() - started };
    results.push(r);
    onLog?.(`gate ${name}: ${outcome.status}${outcome.overridden ? ' (overridden)' : ''} - ${redact(outcome.reason)}`);
  }
  return results;
}

export function failedGates(results: readonly GateResult[]): GateResult[] {
  return results.filter((r) => r.outcome.status === 'fail');
}
