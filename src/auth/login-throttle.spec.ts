import { ACCOUNT_LIMIT, blockedUntil, minutesUntil } from './login-throttle';

describe('login throttle', () => {
  const now = new Date('2030-01-01T12:00:00Z');
  const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000);

  it('lets a person try again after a few typos', () => {
    expect(blockedUntil([minutesAgo(1), minutesAgo(2), minutesAgo(3), minutesAgo(4)], ACCOUNT_LIMIT, now)).toBeUndefined();
  });

  it('blocks at the limit until the oldest counted attempt is fifteen minutes old', () => {
    const attempts = [1, 2, 3, 4, 10].map(minutesAgo);
    expect(blockedUntil(attempts, ACCOUNT_LIMIT, now)).toEqual(new Date('2030-01-01T12:05:00Z'));
    expect(minutesUntil(new Date('2030-01-01T12:05:00Z'), now)).toBe(5);
  });

  it('forgets attempts older than the window', () => {
    expect(blockedUntil([1, 2, 3, 4, 16].map(minutesAgo), ACCOUNT_LIMIT, now)).toBeUndefined();
  });
});
