// Neo4j values to plain JSON in one place: Integers to numbers, temporals to ISO strings.
import neo4j from 'neo4j-driver';

/** Converts in place: the driver's lists and maps are fresh for each result, and copying a large answer
 * (thousands of graph nodes) doubled the garbage to collect. */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = toPlain(value[i]);
    return value;
  }
  if (neo4j.isInt(value)) return (value as { toNumber(): number }).toNumber();
  const v = value as Record<string, unknown>;
  if (neo4j.isDateTime(v as never) || neo4j.isDate(v as never) || neo4j.isLocalDateTime(v as never))
    return new Date(v.toString()).toISOString();
  if ('labels' in v && 'properties' in v && 'elementId' in v) return toPlain(v.properties);
  for (const k of Object.keys(v)) v[k] = toPlain(v[k]);
  return v;
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
