import type { Db } from './db.js';

/** True when the graph holds no record yet (migrations and keys do not count). */
export async function isGraphEmpty(db: Db): Promise<boolean> {
  const [row] = await db.raw<{ any: boolean }>(
    'RETURN EXISTS { MATCH (n) WHERE n:Theme OR n:Message OR n:Space OR n:Place } AS any',
    {},
    'READ',
  );
  return !row.any;
}
