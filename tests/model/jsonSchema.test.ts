import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonSchemaOf, SCHEMA_DIR, schemaFileName } from '../../src/model/jsonSchema.js';
import { fileKinds, type FileKind } from '../../src/model/schema/index.js';
import { BUNDLED_PLAN } from '../helpers.js';

describe('JSON Schemas for editors', () => {
  it('are published for every file kind and match the zod schemas (run `npm run schema` when this fails)', () => {
    for (const kind of Object.keys(fileKinds) as FileKind[]) {
      expect(readFileSync(join(SCHEMA_DIR, schemaFileName(kind)), 'utf8'), kind).toBe(jsonSchemaOf(kind));
    }
  });

  it('are referenced from the first line of every data file', () => {
    for (const name of readdirSync(BUNDLED_PLAN).filter((n) => n.endsWith('.yaml'))) {
      const kind = name.startsWith('projects-') ? 'projects' : name.replace('.yaml', '');
      const first = readFileSync(join(BUNDLED_PLAN, name), 'utf8').split('\n')[0];
      expect(first, name).toBe(`# yaml-language-server: $schema=../../schema/${kind}.schema.json`);
    }
  });

  it('reject unknown keys, as the program does', () => {
    const schema = JSON.parse(jsonSchemaOf('units')) as { properties: { units: { items: { additionalProperties: boolean } } } };
    expect(schema.properties.units.items.additionalProperties).toBe(false);
  });
});
