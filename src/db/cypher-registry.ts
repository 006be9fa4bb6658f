// Named Cypher statements: every *.cypher file under cypher/ (migrations apart), loaded once at start.
// A file that is a per-label or per-type template (model TEMPLATE_INSTANCES) is replaced by its instances.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TEMPLATE_INSTANCES } from '../model/statements.js';

/** The project's cypher/ folder, found from this file whether run from src/ (vitest) or dist/src/ (node). */
export const CYPHER_DIR = (() => {
  let dir = fileURLToPath(new URL('.', import.meta.url));
  for (let i = 0; i < 5; i++, dir = resolve(dir, '..')) {
    try {
      readdirSync(join(dir, 'cypher'));
      return join(dir, 'cypher');
    } catch {
      /* keep climbing */
    }
  }
  throw new Error('cypher/ folder not found');
})();

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : e.name.endsWith('.cypher') ? [join(dir, e.name)] : [],
  );
}

export type CypherRegistry = ReadonlyMap<string, string>;

/** A template's `{{slot}}`s filled with a label or type of the model (the renderer's slot syntax; its other
 * rules are not needed here, and the database layer does not import the GraphQL one). */
const instance = (text: string, slots: Record<string, string>) =>
  text.replace(/\{\{(\w+)\}\}/g, (_m, slot: string) => {
    if (!(slot in slots)) throw new Error(`no value for slot ${slot}`);
    return slots[slot];
  });

/** Maps 'folder/name' (path under cypher/ without .cypher) to the statement text. */
export function loadCypher(dir = CYPHER_DIR, instances = TEMPLATE_INSTANCES): CypherRegistry {
  const map = new Map<string, string>();
  for (const file of walk(dir)) {
    const name = relative(dir, file)
      .split(sep)
      .join('/')
      .replace(/\.cypher$/, '');
    if (name.startsWith('migrations/')) continue;
    const text = readFileSync(file, 'utf8');
    if (!instances[name]) map.set(name, text);
    else for (const [instanceName, slots] of instances[name]) map.set(instanceName, instance(text, slots));
  }
  return map;
}
