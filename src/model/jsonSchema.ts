import { z } from 'zod';
import { fileKinds, type FileKind } from './schema/index.js';

/**
 * JSON Schema of one kind of plan file, for editors (VS Code's YAML extension reads the
 * `# yaml-language-server: $schema=…` line at the top of each data file).
 */
export function jsonSchemaOf(kind: FileKind): string {
  const schema = z.toJSONSchema(fileKinds[kind], { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  return `${JSON.stringify({ ...schema, title: `ita-plan ${kind} file` }, null, 2)}\n`;
}

export const SCHEMA_DIR = 'schema';
export const schemaFileName = (kind: FileKind) => `${kind}.schema.json`;
