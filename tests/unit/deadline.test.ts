// The wait bound of a request (src/db/deadline.ts): no attempt starts after it; a running attempt is left to finish
// while the database answers, abandoned (and never committed) while it does not.
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
  it('lets an attempt that is already running finish after the bound while the database answers', async () => {
    await expect(transaction(new Deadline(50, async () => true), 150)).resolves.toBe('done');
  });

  it('answers at the bound while the database does not answer, and the abandoned attempt cannot commit', async () => {
    const started = Date.now();
    const deadline = new Deadline(100, async () => false);
    let committed = false;
    const attempt = deadline.guard(async () => {
      await sleep(300);
      return 'written';
    });
    // The driver commits only when the work returns; a work that throws is rolled back.
    const settled = attempt(undefined).then(() => {
      committed = true;
    });
    await expect(deadline.race(settled)).rejects.toBeInstanceOf(DeadlinePassed);
    expect(Date.now() - started).toBeLessThan(250);
    await sleep(300);
    expect(committed).toBe(false);
  });

  it('never abandons an attempt whose commit is under way, even while the database does not answer', async () => {
    const deadline = new Deadline(100, async () => false);
    const attempt = deadline.guard(async () => 'written');
    // Work done at once, then a commit that outlasts the bound.
    const committing = attempt(undefined).then(async (r) => {
      await sleep(200);
      return r;
    });
    await expect(deadline.race(committing)).resolves.toBe('written');
  });

  it('refuses an attempt that would start after the bound', async () => {
    const deadline = new Deadline(20);
    const attempt = deadline.guard(async () => 'late');
    const raced = deadline.race(sleep(60).then(() => attempt(undefined)));
    await expect(raced).rejects.toBeInstanceOf(DeadlinePassed);
  });
});
