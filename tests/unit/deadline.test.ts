// The wait bound of a request (src/db/deadline.ts): no attempt starts after it; a running attempt is left to finish.
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

  it('refuses an attempt that would start after the bound', async () => {
    const deadline = new Deadline(20);
    const attempt = deadline.guard(async () => 'late');
    const raced = deadline.race(sleep(60).then(() => attempt(undefined)));
    await expect(raced).rejects.toBeInstanceOf(DeadlinePassed);
  });
});
