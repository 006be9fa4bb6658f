// Viewers and clean-up shared by the write tests.
import type { Db } from '../../src/db/db.js';
import type { Viewer } from '../../src/domain/viewer.js';
import { dropFixture } from '../support/fixture.js';

export const EDITOR: Viewer = { role: 'editor', label: 'Lille team' };
export const ADMIN: Viewer = { role: 'admin', label: 'coordination' };
export const VIEWER: Viewer = { role: 'viewer', label: 'partner' };

/** Removes the test's records (by id prefix) and the history written about them. */
export async function dropWritten(db: Db, prefix: string): Promise<void> {
  await dropFixture(db, prefix);
  await db.raw('MATCH (c:Change) WHERE c.subjectId STARTS WITH $prefix DETACH DELETE c', { prefix });
}

export async function countWithPrefix(db: Db, prefix: string): Promise<number> {
  const [row] = await db.raw<{ n: number }>(
    'MATCH (n) WHERE n.id STARTS WITH $prefix AND NOT n:Change RETURN count(n) AS n',
    { prefix },
    'READ',
  );
  return row.n;
}
