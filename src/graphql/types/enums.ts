import { registerEnumType } from 'type-graphql';

export enum SpaceLevel { LOCAL = 'LOCAL', REGIONAL = 'REGIONAL', NATIONAL = 'NATIONAL', INTERNATIONAL = 'INTERNATIONAL', INTERNAL = 'INTERNAL' }
export enum Visibility { PUBLIC = 'PUBLIC', INTERNAL = 'INTERNAL', RESTRICTED = 'RESTRICTED' }

registerEnumType(SpaceLevel, { name: 'SpaceLevel', description: 'Where an advocacy space acts; INTERNAL is the organisation\'s own committees' });
registerEnumType(Visibility, { name: 'Visibility', description: 'Who may see a record: PUBLIC anyone, INTERNAL signed-in staff and partners, RESTRICTED admins only' });
