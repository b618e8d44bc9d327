// npm run schema: regenerates schema/*.schema.json from the zod schemas (a test fails when they are stale).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsonSchemaOf, SCHEMA_DIR, schemaFileName } from '../src/model/jsonSchema.js';
import { fileKinds, type FileKind } from '../src/model/schema/index.js';
import { progressJsonSchema } from '../src/report/jsonSchema.js';

mkdirSync(SCHEMA_DIR, { recursive: true });
for (const kind of Object.keys(fileKinds) as FileKind[]) {
  writeFileSync(join(SCHEMA_DIR, schemaFileName(kind)), jsonSchemaOf(kind));
  console.log(`${SCHEMA_DIR}/${schemaFileName(kind)}`);
}
// The progress files of the monitoring reports (progress/<year>.yaml) are checked by the report's own schema.
writeFileSync(join(SCHEMA_DIR, 'progress.schema.json'), progressJsonSchema());
console.log(`${SCHEMA_DIR}/progress.schema.json`);
