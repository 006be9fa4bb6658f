// The argument that narrows an answer to what the workshop record states, shared by every root field that counts links.
import { Field } from 'type-graphql';

/** `recordOnly: Boolean = false` on an args class. */
export const RecordOnlyField = () =>
  Field(() => Boolean, {
    defaultValue: false,
    description:
      'Only what the workshop record states: links whose basis is RECORD, and no example records. Default: every link the team added too',
  });
