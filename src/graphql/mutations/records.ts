// The record kinds the API writes, and for each (derived from the model, src/model/kinds.ts): its GraphQL type
// (for the result projection), its text fields, its scalar properties and the links an input may set. Labels
// and types here are the model's fixed strings, the only things ever placed in a mutation's Cypher text;
// request values go in parameters.
import type { TypeName } from '../projection/entities.js';
import {
  KINDS,
  WRITABLE,
  inputListsOf,
  propsOf,
  textLabel,
  type Label,
  type RelType,
  type WritableLabel,
} from '../../model/derived.js';

/** An input key that lists ids to link to: (record)-[:type]->(target). */
interface LinkSpec {
  type: RelType;
  target: Label;
}

export interface RecordSpec {
  type: TypeName;
  /** The text a create input gives as `text` or `name`. */
  mainText: 'text' | 'name';
  /** Other text fields an input may give (e.g. description). */
  extraTexts: readonly string[];
  /** Scalar properties an input may set. */
  props: readonly string[];
  links: Readonly<Record<string, LinkSpec>>;
}

const record = (label: WritableLabel): RecordSpec => {
  const kind = KINDS[label];
  return {
    type: kind.graphql,
    mainText: kind.text,
    extraTexts: 'inputTexts' in kind ? kind.inputTexts : [],
    props: ['example', ...Object.keys(propsOf(label))],
    links: Object.fromEntries(
      Object.entries(inputListsOf(label)).map(([name, { writes }]) => [
        name,
        { type: writes.type, target: writes.target },
      ]),
    ),
  };
};

export const RECORDS = Object.fromEntries(WRITABLE.map((label) => [label, record(label)])) as Readonly<
  Record<WritableLabel, RecordSpec>
>;

/** Template slots naming the record's labels: `{{label}}` and `{{textLabel}}`. */
export const labelSlots = (label: WritableLabel) => ({ label, textLabel: textLabel(label) });
