// The last gate before a client: known errors pass with their code; anything else is logged and masked,
// so no Cypher, Neo.* code, host, credential or stack trace ever reaches a response.
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, Kind, type GraphQLFormattedError } from 'graphql';
import { ErrorCode } from '../errors.js';
import { logger } from '../logger.js';

const PASS = new Set<string>(Object.values(ErrorCode));
// Apollo's own request errors (syntax, validation, bad variables) are the client's and say nothing internal.
const APOLLO_CLIENT_CODES: Record<string, string> = {
  GRAPHQL_PARSE_FAILED: 'GRAPHQL_PARSE_FAILED',
  GRAPHQL_VALIDATION_FAILED: 'GRAPHQL_VALIDATION_FAILED',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  OPERATION_RESOLUTION_FAILURE: 'OPERATION_RESOLUTION_FAILURE',
  BAD_REQUEST: 'BAD_REQUEST',
  PERSISTED_QUERY_NOT_SUPPORTED: 'PERSISTED_QUERY_NOT_SUPPORTED',
  // A client's hash we have not seen: the protocol's normal first answer, the client then sends the query.
  PERSISTED_QUERY_NOT_FOUND: 'PERSISTED_QUERY_NOT_FOUND',
};

interface ValidationIssue {
  property: string;
  constraints?: Record<string, string>;
  children?: ValidationIssue[];
}

function flatten(issues: ValidationIssue[], prefix = ''): { field: string; message: string }[] {
  return issues.flatMap((i) => {
    const field = prefix ? `${prefix}.${i.property}` : i.property;
    const own = Object.values(i.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flatten(i.children ?? [], field)];
  });
}

/** A variable graphql-js refused (`Variable "$input" got invalid value … at "input.kind"; …`), named as
 * `fields` like every other argument error: `$input.kind`. */
function variableFields(error: GraphQLError): { fields: { field: string; message: string }[] } | undefined {
  const node = error.nodes?.[0];
  if (node?.kind !== Kind.VARIABLE_DEFINITION) return undefined;
  const at = /^Variable "\$[^"]+" got invalid value .*? at "([^"]+)";/s.exec(error.message)?.[1];
  return { fields: [{ field: `$${at ?? node.variable.name.value}`, message: error.message }] };
}

export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const code = formatted.extensions?.code as string | undefined;
  // class-validator failures from type-graphql: one message naming each field.
  const validation = (original as { extensions?: { validationErrors?: unknown } })?.extensions?.validationErrors;
  // type-graphql puts class-validator's own crash there too (not a list): that one is ours, logged below.
  if (Array.isArray(validation)) {
    const problems = flatten(validation);
    return {
      message: `Invalid input: ${problems.map((p) => `${p.field}: ${p.message}`).join('; ')}`,
      path: formatted.path,
      extensions: { code: ErrorCode.BAD_USER_INPUT, fields: problems },
    };
  }
  if (validation === undefined && original instanceof GraphQLError && code && PASS.has(code)) {
    const { http: _http, ...extensions } = formatted.extensions ?? {};
    // Apollo's own BAD_USER_INPUT (a variable graphql-js refused) comes here too, without fields.
    const fields = code === ErrorCode.BAD_USER_INPUT && !extensions.fields ? variableFields(original) : undefined;
    return {
      message: formatted.message,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { ...extensions, ...fields },
    };
  }
  if (code && APOLLO_CLIENT_CODES[code] && !formatted.path) {
    return { message: formatted.message, locations: formatted.locations, extensions: { code } };
  }
  const cause = validation instanceof Error ? validation.stack : undefined;
  logger.error('unexpected error', {
    message: (original as Error)?.message,
    stack: (original as Error)?.stack,
    cause,
    path: formatted.path,
  });
  return {
    message: 'Something went wrong on our side; it has been logged',
    path: formatted.path,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
  };
}
