// `npm run schema`: writes the SDL the code defines to schema/schema.graphql (committed; a test fails when stale).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CYPHER_DIR } from '../db/cypher-registry.js';
import { printedSchema } from '../graphql/schema.js';

const target = join(CYPHER_DIR, '..', 'schema', 'schema.graphql');
writeFileSync(target, await printedSchema());
process.stdout.write(`wrote ${target}\n`);
