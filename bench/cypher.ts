// The benchmark's own Cypher files (bench/cypher/<folder>/<name>.cypher), outside the API's registry.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './env.js';

const cache = new Map<string, string>();

export function benchCypher(name: string): string {
  let text = cache.get(name);
  if (text === undefined)
    cache.set(name, (text = readFileSync(join(ROOT, 'bench', 'cypher', `${name}.cypher`), 'utf8')));
  return text;
}
