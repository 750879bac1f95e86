import { isBelowMinimum } from './dashboard-rules';

describe('isBelowMinimum', () => {
  const now = new Date('2030-09-01T10:00:00Z');
  const startingIn = (days: number) => ({ capacityMin: 10, meeting1Start: new Date(now.getTime() + days * 24 * 60 * 60 * 1000) });

  it('warns when fewer than the minimum take part three weeks or less before the start', () => {
    expect([isBelowMinimum(startingIn(21), 9, now), isBelowMinimum(startingIn(1), 0, now), isBelowMinimum(startingIn(0), 9, now)]).toEqual([true, true, true]);
  });

  it('does not warn with enough people, further ahead, or once it has started', () => {
    expect([isBelowMinimum(startingIn(10), 10, now), isBelowMinimum(startingIn(21.01), 3, now), isBelowMinimum(startingIn(-1), 3, now)]).toEqual([
      false, false, false,
    ]);
  });
});
