import { MAX_ATTEMPTS, nextAttemptAfter } from './retry-schedule';

describe('nextAttemptAfter', () => {
  const now = new Date('2018-10-04T11:00:00Z');

  it('waits longer after each failure: 1 min, 5 min, 30 min, 2 h, 6 h', () => {
    const waits = [1, 2, 3, 4, 5].map((attempts) => (nextAttemptAfter(attempts, now)!.getTime() - now.getTime()) / 60_000);
    expect(waits).toEqual([1, 5, 30, 120, 360]);
  });

  it('gives up after the sixth attempt', () => {
    expect(MAX_ATTEMPTS).toBe(6);
    expect(nextAttemptAfter(6, now)).toBeNull();
    expect(nextAttemptAfter(7, now)).toBeNull();
  });
});
