import { amsterdamDay, isDigestTime } from './digest-schedule';

describe('the digest schedule', () => {
  it('names the Amsterdam day, also just after midnight there', () => {
    expect(amsterdamDay(new Date('2030-09-27T22:30:00Z'))).toEqual('2030-09-28');
    expect(amsterdamDay(new Date('2030-12-31T22:59:00Z'))).toEqual('2030-12-31');
    expect(amsterdamDay(new Date('2030-12-31T23:00:00Z'))).toEqual('2031-01-01');
  });

  it('is due from 8.00 uur Amsterdam time, summer and winter', () => {
    expect(isDigestTime(new Date('2030-09-28T05:59:00Z'))).toEqual(false);
    expect(isDigestTime(new Date('2030-09-28T06:00:00Z'))).toEqual(true);
    expect(isDigestTime(new Date('2030-12-02T06:30:00Z'))).toEqual(false);
    expect(isDigestTime(new Date('2030-12-02T07:00:00Z'))).toEqual(true);
    expect(isDigestTime(new Date('2030-12-02T22:59:00Z'))).toEqual(true);
  });
});
