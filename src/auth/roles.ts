// The roles a key or a token can carry; anonymous readers have none.
import type { Role } from '../domain/viewer.js';

export const GRANTED_ROLES = ['viewer', 'editor', 'admin'] as const;
export type GrantedRole = (typeof GRANTED_ROLES)[number] & Role;

export const isGrantedRole = (v: unknown): v is GrantedRole =>
  typeof v === 'string' && (GRANTED_ROLES as readonly string[]).includes(v);
