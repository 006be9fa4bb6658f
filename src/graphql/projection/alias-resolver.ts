// Projected objects are keyed by the alias each field was asked under, so the same field can be asked
// twice with other arguments (text(language:"fr") and text(language:"en")). Objects built in TypeScript
// (edges, pageInfo, ranked spaces...) carry __raw and are keyed by field name.
import { GraphQLObjectType, type GraphQLFieldResolver, type GraphQLResolveInfo, type GraphQLSchema } from 'graphql';

export function fromProjection(root: Record<string, unknown>, info: GraphQLResolveInfo): unknown {
  return root[info.path.key as string];
}

const aliasResolver: GraphQLFieldResolver<Record<string, unknown> | null, unknown> = (source, _args, _ctx, info) => {
  if (source === null || typeof source !== 'object') return null;
  return source.__raw ? source[info.fieldName] : source[info.path.key as string];
};

/** Extensions of a field resolver that only declares arguments and reads its value back from the projection. */
export const PROJECTED = { projected: true } as const;

/** Gives every field that has no resolver of its own, or only a PROJECTED one, the alias-aware one. */
export function installAliasResolver(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!(type instanceof GraphQLObjectType) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      if (!field.resolve || field.extensions?.projected) field.resolve = aliasResolver;
    }
  }
  return schema;
}
