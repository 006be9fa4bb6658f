// Reading the GraphQL selection (aliases and fragments resolved) that projections are compiled from.
import type { GraphQLResolveInfo } from 'graphql';
import { parseResolveInfo, type ResolveTree } from 'graphql-parse-resolve-info';

export type Selection = Record<string, ResolveTree>;

/** The fields selected on the root field's result, for the given type name. */
export function rootSelection(info: GraphQLResolveInfo, typeName: string): Selection {
  const tree = parseResolveInfo(info) as ResolveTree | null;
  return (tree?.fieldsByTypeName[typeName] ?? {}) as Selection;
}

/** Fields of one subtree for a type (fragments on interfaces are not used in this schema). */
export function fieldsOf(tree: ResolveTree, typeName: string): Selection {
  return (tree.fieldsByTypeName[typeName] ?? {}) as Selection;
}

/** Merges the selections of every alias of `field` in `sel` (e.g. all `edges` then all `node`). */
export function merged(sel: Selection, field: string, typeName: string): Selection {
  const out: Selection = {};
  for (const t of Object.values(sel)) if (t.name === field) Object.assign(out, fieldsOf(t, typeName));
  return out;
}

/** Follows a path of field names through merged selections, e.g. ['edges','node'] with their type names. */
export function path(sel: Selection, steps: Array<[field: string, typeName: string]>): Selection {
  return steps.reduce((s, [field, typeName]) => merged(s, field, typeName), sel);
}

export function selects(sel: Selection, field: string): boolean {
  return Object.values(sel).some((t) => t.name === field);
}
