// The record kinds the API writes, and for each: its GraphQL type (for the result projection), its text
// fields, its scalar properties and the links an input may set. Labels and types here are fixed strings,
// the only things ever placed in a mutation's Cypher text; request values go in parameters.
import type { TypeName } from '../projection/entities.js';
import { textLabel, type Label, type RelType } from '../../graph-data/model.js';

export const WRITABLE = ['Message', 'Theme', 'Space', 'Place', 'Organisation', 'Evidence'] as const;
export type WritableLabel = (typeof WRITABLE)[number];

/** An input key that lists ids to link to: (record)-[:type]->(target). */
export interface LinkSpec { type: RelType; target: Label }

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

export const RECORDS: Readonly<Record<WritableLabel, RecordSpec>> = {
  Message: {
    type: 'Message', mainText: 'text', extraTexts: [], props: ['example'],
    links: { themes: { type: 'ADDRESSES', target: 'Theme' }, spaces: { type: 'CARRIED_IN', target: 'Space' } },
  },
  Theme: { type: 'Theme', mainText: 'name', extraTexts: ['description'], props: ['example'], links: {} },
  Space: {
    type: 'AdvocacySpace', mainText: 'name', extraTexts: ['description'], props: ['example', 'level'],
    links: { themes: { type: 'COVERS', target: 'Theme' }, places: { type: 'LOCATED_IN', target: 'Place' } },
  },
  Place: {
    type: 'Place', mainText: 'name', extraTexts: [], props: ['example', 'kind', 'countryCode'],
    links: { partOf: { type: 'PART_OF', target: 'Place' } },
  },
  Organisation: {
    type: 'Organisation', mainText: 'name', extraTexts: ['aims'], props: ['example', 'kind', 'founded'],
    links: { places: { type: 'BASED_IN', target: 'Place' }, themes: { type: 'WORKS_ON', target: 'Theme' }, partners: { type: 'PARTNER_OF', target: 'Organisation' } },
  },
  Evidence: {
    type: 'Evidence', mainText: 'text', extraTexts: [], props: ['example', 'kind'],
    links: { messages: { type: 'SUPPORTS', target: 'Message' }, themes: { type: 'ABOUT', target: 'Theme' }, voicedBy: { type: 'VOICED_BY', target: 'Organisation' } },
  },
};

/** Template slots naming the record's labels: `{{label}}` and `{{textLabel}}`. */
export const labelSlots = (label: WritableLabel) => ({ label, textLabel: textLabel(label) });
