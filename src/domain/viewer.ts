// Who is asking, and which visibilities that lets them read: the one rule every layer applies.

export type Role = 'anonymous' | 'viewer' | 'editor' | 'admin';

export interface Viewer {
  role: Role;
  /** The API key's label or the token's subject, recorded in history; null for anonymous readers. */
  label: string | null;
}

/** Visibilities a role may read, passed to every query as $visible. */
export function visibleTo(role: Role): string[] {
  if (role === 'admin') return ['PUBLIC', 'INTERNAL', 'RESTRICTED'];
  if (role === 'anonymous') return ['PUBLIC'];
  return ['PUBLIC', 'INTERNAL'];
}

export const ANONYMOUS: Viewer = Object.freeze({ role: 'anonymous', label: null });
