import { breakClock, breakStartMinute } from './break-time';

describe('break times', () => {
  const summer = new Date('2030-10-03T11:00:00Z'); // 13.00 in Amsterdam
  const winter = new Date('2031-02-06T12:00:00Z'); // 13.00 in Amsterdam

  it('reads a clock time on the day of the meeting, with a colon or a Dutch dot', () => {
    expect([breakStartMinute(summer, '14:45'), breakStartMinute(summer, '14.45'), breakStartMinute(winter, '15:00')]).toEqual([105, 105, 120]);
    expect([breakStartMinute(summer, '12:30'), breakStartMinute(summer, '25:00'), breakStartMinute(summer, 'straks')]).toEqual([-30, undefined, undefined]);
  });

  it('writes it back for the time field', () => {
    expect([breakClock(summer, 105), breakClock(winter, 120)]).toEqual(['14:45', '15:00']);
  });
});
