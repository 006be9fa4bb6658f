// class-validator decorators that run the domain's own rules (src/model/), so GraphQL inputs and arguments
// check ids, language tags and property values exactly as seed files, documents and CSV files do.
import { ValidateBy, type ValidationOptions } from 'class-validator';
import type { z } from 'zod';
import { ID_MESSAGE, isId } from '../../model/ids.js';
import { LANGUAGE_MESSAGE, isLanguageTag } from '../../model/language.js';

const rule = (
  name: string,
  test: (value: unknown) => boolean,
  message: (value: unknown) => string,
  options?: ValidationOptions,
) => ValidateBy({ name, validator: { validate: test, defaultMessage: (args) => message(args?.value) } }, options);

export const IsRecordId = (options?: ValidationOptions) => rule('isRecordId', isId, () => ID_MESSAGE, options);
export const IsLanguageTag = (options?: ValidationOptions) =>
  rule('isLanguageTag', isLanguageTag, () => LANGUAGE_MESSAGE, options);

/** The value passes a model property's rule; the message is the rule's own. */
export const FollowsRule = (schema: z.ZodType) =>
  rule(
    'modelRule',
    (v) => schema.safeParse(v).success,
    (v) => schema.safeParse(v).error?.issues[0]?.message ?? 'is not valid',
  );
