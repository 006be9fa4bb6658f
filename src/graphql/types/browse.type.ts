// Root connections for browsing every place, space, organisation and piece of evidence, by browse field.
import { connectionOf } from './connection.type.js';
import { AdvocacySpace, Evidence, Organisation, Place } from './entities.type.js';

export const BROWSE_CONNECTIONS = {
  places: connectionOf(Place, 'Place').Connection,
  spaces: connectionOf(AdvocacySpace, 'AdvocacySpace').Connection,
  organisations: connectionOf(Organisation, 'Organisation').Connection,
  evidence: connectionOf(Evidence, 'Evidence').Connection,
};
