import type { ParsedMigration } from '../parser/split.js';
import { applyStatement } from './apply.js';
import { SchemaModel } from './model.js';

/** Apply whole migrations to a model, in order: the static stand-in for the replay's catalog. */
export function applyMigration(model: SchemaModel, parsed: ParsedMigration): SchemaModel {
  for (const stmt of parsed.statements) applyStatement(model, stmt);
  return model;
}
