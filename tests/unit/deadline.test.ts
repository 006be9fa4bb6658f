// The wait bound of a request (src/db/deadline.ts): no attempt starts after it; a running write is left to finish;
// a running read is abandoned when the caller asks for it (Db does while the database recovers).
import { describe, expect, it } from 'vitest';
import { Deadline, DeadlinePassed } from '../../src/db/deadline.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A transaction whose one attempt runs `ms`, through the deadline's guard. */
function transaction(deadline: Deadline, ms: number) {
  const attempt = deadline.guard(async () => {
    await sleep(ms);
    return 'done';
  });
  return deadline.race(attempt(undefined));
}

describe('Deadline', () => {
  it('lets an attempt that is already running finish after the bound (a write is never cut mid-way)', async () => {
    await expect(transaction(new Deadline(50), 150)).resolves.toBe('done');
  });

  it('answers at the bound while an attempt runs when told to abandon it (a read while Neo4j recovers)', async () => {
    const started = Date.now();
    await expect(transaction(new Deadline(50, true), 1_000)).rejects.toBeInstanceOf(DeadlinePassed);
    expect(Date.now() - started).toBeLessThan(500);
  });

  it('refuses an attempt that would start after the bound', async () => {
    const deadline = new Deadline(20);
    const attempt = deadline.guard(async () => 'late');
    const raced = deadline.race(sleep(60).then(() => attempt(undefined)));
    await expect(raced).rejects.toBeInstanceOf(DeadlinePassed);
  });
});
