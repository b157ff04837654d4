import { z } from 'zod';
import { GATE_NAMES } from './types.js';

/** The YAML shape of `.github/migration-gates.yml` (kebab-case keys; unknown keys are errors). */
const severity = z.enum(['off', 'notice', 'warning', 'error']);
const branchList = z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]);
const maskStrategy = z
  .string()
  .regex(/^(email|name|random-hash|keyed-hash|null|keep|prefix:.*|constant:.*)$/, {
    message: 'expected one of email, name, prefix:<p>, random-hash, keyed-hash, constant:<v>, null, keep',
  });

const gatesShape = Object.fromEntries(GATE_NAMES.map((g) => [g, z.boolean().optional()])) as Record<
  (typeof GATE_NAMES)[number],
  z.ZodOptional<z.ZodBoolean>
>;

export const environmentSchema = z.strictObject({
  branch: branchList.optional(),
  branches: branchList.optional(),
  database: z.string().min(1).max(63),
  'github-environment': z.string().min(1).optional(),
  production: z.boolean().optional(),
  gates: z.strictObject(gatesShape).optional(),
  'backup-max-age-minutes': z.number().int().positive().optional(),
});

export const serviceSchema = z.strictObject({
  name: z.string().regex(/^[A-Za-z0-9._-]+$/, { message: 'letters, digits, dot, dash and underscore only' }),
  path: z.string(),
  schema: z.string().optional(),
  migrations: z.string().optional(),
});

export const configSchema = z.strictObject({
  version: z.literal(1).optional(),
  environments: z.record(z.string().regex(/^[A-Za-z0-9_-]+$/), environmentSchema).optional(),
  services: z.array(serviceSchema).optional(),
  migrations: z
    .strictObject({
      'forbidden-names': z.array(z.string()).optional(),
      'min-name-length': z.number().int().min(1).optional(),
      'name-pattern': z.string().optional(),
    })
    .optional(),
  lint: z
    .strictObject({
      rules: z.record(z.string().regex(/^[a-z0-9-]+$/), severity).optional(),
      baseline: z.array(z.string()).optional(),
      'large-table-rows': z.number().int().positive().optional(),
    })
    .optional(),
  deploy: z
    .strictObject({
      // A duration as PostgreSQL writes it (bare = ms); 0 or off turns it off. No spaces: it goes into a -c option.
      'lock-timeout': z.union([z.string().regex(/^(\d+(ms|s|min|h|d)?|off)$/, { message: 'expected a duration such as 5s, 500ms, 2min, or 0/off' }), z.literal(0), z.literal(false)]).optional(),
    })
    .optional(),
  backup: z.strictObject({ 'retention-days': z.number().int().min(1).max(90).optional() }).optional(),
  sync: z
    .strictObject({
      'keep-old': z.number().int().min(0).optional(),
      strict: z.boolean().optional(),
      masking: z.record(z.string().min(1), z.record(z.string().min(1), maskStrategy)).optional(),
      'pii-patterns': z.array(z.string()).optional(),
    })
    .optional(),
  health: z
    .strictObject({
      'long-running-seconds': z.number().positive().optional(),
      'max-connections-ratio': z.number().gt(0).max(1).optional(),
      'max-transaction-age-seconds': z.number().positive().optional(),
    })
    .optional(),
});

export type ConfigFile = z.infer<typeof configSchema>;
