// The one rule for record ids, used by seeds, documents, CSV, GraphQL inputs and query arguments alike.

/** Readable kebab-case ids, unique per label. */
const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const ID_MAX_LENGTH = 100;
export const ID_MESSAGE = `must be kebab-case: lower-case letters, digits and single hyphens, at most ${ID_MAX_LENGTH} characters`;

export const isId = (value: unknown): value is string =>
  typeof value === 'string' && value.length <= ID_MAX_LENGTH && ID_PATTERN.test(value);
