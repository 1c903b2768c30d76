/**
 * Writes packages/domain/waymark.journey.v1.schema.json from the zod schema.
 * Run: npx tsx packages/domain/scripts/generate-schema.ts  (json-schema.test.ts fails on drift).
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { journeyDocumentJsonSchemaText } from '../src/document/json-schema';

const target = fileURLToPath(new URL('../waymark.journey.v1.schema.json', import.meta.url));
writeFileSync(target, journeyDocumentJsonSchemaText(), 'utf8');
console.log(`wrote ${target}`);
