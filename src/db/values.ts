// Neo4j values to plain JSON in one place: Integers to numbers, temporals to ISO strings.
import neo4j from 'neo4j-driver';

export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return value ?? null;
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (neo4j.isDateTime(v as never) || neo4j.isDate(v as never) || neo4j.isLocalDateTime(v as never)) return new Date(v.toString()).toISOString();
    if ('labels' in v && 'properties' in v && 'elementId' in v) return toPlain(v.properties);
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) out[k] = toPlain(x);
    return out;
  }
  return value;
}

/** Plain JS to Neo4j values: whole numbers go as Integers (JS numbers would arrive as floats, which LIMIT refuses). */
export function toNeo4j(value: unknown): unknown {
  if (typeof value === 'number' && Number.isInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toNeo4j);
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toNeo4j(v)]));
  }
  return value;
}
