import { amsterdamDay, progressOf } from './progress';

describe('progressOf', () => {
  it.each([
    [[], 'none'],
    [['draft'], 'draft'],
    [['withdrawn'], 'withdrawn'],
    [['withdrawn', 'draft'], 'draft'],
    [['draft', 'submitted'], 'submitted'],
  ] as const)('%j is %s', (statuses, progress) => {
    expect(progressOf(statuses)).toEqual(progress);
  });
});

describe('amsterdamDay', () => {
  it('counts days in Amsterdam, not in UTC', () => {
    expect(amsterdamDay(new Date('2030-09-27T21:59:00Z'))).toEqual('2030-09-27');
    expect(amsterdamDay(new Date('2030-09-27T22:00:00Z'))).toEqual('2030-09-28');
    expect(amsterdamDay(new Date('2030-01-05T23:30:00Z'))).toEqual('2030-01-06');
  });
});
