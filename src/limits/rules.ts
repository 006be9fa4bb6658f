// Validation rules for the abuse limits that need no variables: depth, aliases, directives, root fields.
// Apollo reports them as GRAPHQL_VALIDATION_FAILED with HTTP 400 before anything runs.
import { GraphQLError, Kind, type FragmentDefinitionNode, type ValidationRule } from 'graphql';
import type { Config } from '../config.js';
import { measureOperation } from './measure.js';

type Limits = Config['limits'];

export function limitRules(limits: Pick<Limits, 'depth' | 'aliases' | 'directives' | 'rootFields'>): ValidationRule[] {
  const rule: ValidationRule = (context) => ({
    Document(doc) {
      const fragments = new Map<string, FragmentDefinitionNode>();
      for (const d of doc.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
      for (const op of doc.definitions) {
        if (op.kind !== Kind.OPERATION_DEFINITION) continue;
        const m = measureOperation(op, fragments);
        const name = op.name ? `Operation "${op.name.value}"` : 'The operation';
        if (m.depth > limits.depth)
          context.reportError(
            new GraphQLError(`${name} is ${m.depth} fields deep; at most ${limits.depth} are allowed`, { nodes: [op] }),
          );
        if (m.aliases > limits.aliases)
          context.reportError(
            new GraphQLError(`${name} uses ${m.aliases} aliases; at most ${limits.aliases} are allowed`, {
              nodes: [op],
            }),
          );
        // Each root field is one Cypher statement: this bounds the statements one request sends.
        if (m.rootFields > limits.rootFields)
          context.reportError(
            new GraphQLError(`${name} asks ${m.rootFields} root fields; at most ${limits.rootFields} are allowed`, {
              nodes: [op],
            }),
          );
        if (m.directives > limits.directives)
          context.reportError(
            new GraphQLError(`${name} uses ${m.directives} directives; at most ${limits.directives} are allowed`, {
              nodes: [op],
            }),
          );
      }
      return false;
    },
  });
  return [rule];
}
