import type { GateName } from '../config/types.js';
import { backupGate } from './backup.js';
import { branchEnvironmentGate } from './branch-environment.js';
import { confirmationGate } from './confirmation.js';
import { healthGate } from './health.js';
import { historyIntegrityGate } from './history-integrity.js';
import { lintGate } from './lint.js';
import { stagingFirstGate } from './staging-first.js';
import { tlsGate } from './tls.js';
import type { Gate } from './types.js';

/** Every gate, keyed by the name config uses (`environments.<env>.gates.<name>`). */
export const GATES: Record<GateName, Gate> = {
  'branch-environment': branchEnvironmentGate,
  confirmation: confirmationGate,
  backup: backupGate,
  'staging-first': stagingFirstGate,
  lint: lintGate,
  'history-integrity': historyIntegrityGate,
  health: healthGate,
  tls: tlsGate,
};
