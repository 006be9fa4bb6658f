// Root connections for browsing every place, space, organisation and piece of evidence.
import { connectionOf } from './connection.type.js';
import { AdvocacySpace, Evidence, Organisation, Place } from './entities.type.js';

export const PlaceConnection = connectionOf(Place, 'Place').Connection;
export const AdvocacySpaceConnection = connectionOf(AdvocacySpace, 'AdvocacySpace').Connection;
export const OrganisationConnection = connectionOf(Organisation, 'Organisation').Connection;
export const EvidenceConnection = connectionOf(Evidence, 'Evidence').Connection;
