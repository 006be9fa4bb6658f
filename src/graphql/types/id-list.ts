// A list of record ids in an input or arguments: one decorator for what every such list declares (its GraphQL
// type, each id checked by the id rule, its size bounds), so each list is one line where it is used.
import { ArrayMaxSize, ArrayMinSize, IsOptional } from 'class-validator';
import { Field, ID } from 'type-graphql';
import { IsRecordId } from './rules.js';

/** How many ids a list takes unless it says otherwise. */
export const LIST = 50;

interface Bounds {
  /** `[ID!]!`: the list must be given, with at least one id (else `[ID!]`, null or absent allowed). */
  required?: boolean;
  /** When given, at least this many ids (default: 1 if required, else none). */
  min?: number;
  /** At most this many ids; default LIST. */
  max?: number;
}

/** `[ID!]` with a description; applied in the order the decorators were written by hand before (class-validator
 * reports a field's constraints in that order). */
export const IdList =
  (description?: string, { required = false, min = required ? 1 : 0, max = LIST }: Bounds = {}): PropertyDecorator =>
  (prototype, key) => {
    IsRecordId({ each: true })(prototype, key as string);
    ArrayMaxSize(max)(prototype, key);
    if (min) ArrayMinSize(min)(prototype, key);
    if (!required) IsOptional()(prototype, key);
    Field(() => [ID], { ...(required ? {} : { nullable: true }), ...(description ? { description } : {}) })(
      prototype,
      key,
    );
  };
