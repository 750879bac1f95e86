import { fromAmsterdam } from './amsterdam-time';
import { formatDate, formatDateTime, formatShortDate, formatTime, formatTimeRange } from './format-dates';

describe('Dutch date formatting', () => {
  // 4 October 2018 is in summer time: 13.00 in Amsterdam is 11.00 UTC.
  const start = new Date('2018-10-04T11:00:00Z');
  const end = new Date('2018-10-04T15:00:00Z');

  it('writes the date and time in Dutch house style', () => {
    expect(formatDateTime(start)).toBe('donderdag 4 oktober 2018, 13.00 uur');
    expect(formatDate(start)).toBe('donderdag 4 oktober 2018');
    expect(formatShortDate(start)).toBe('4 oktober 2018');
    expect(formatTime(start)).toBe('13.00 uur');
    expect(formatTimeRange(start, end)).toBe('13.00–17.00 uur');
  });

  it('writes English for the English interface', () => {
    expect(formatDateTime(start, 'en')).toBe('Thursday 4 October 2018, 13:00');
    expect(formatTimeRange(start, end, 'en')).toBe('13:00–17:00');
  });

  it('uses Amsterdam time in winter as well', () => {
    // 1 February 2019, 12.30 UTC is 13.30 in Amsterdam (UTC+1).
    expect(formatDateTime(new Date('2019-02-01T12:30:00Z'))).toBe('vrijdag 1 februari 2019, 13.30 uur');
  });

  it('pads early hours with a zero, as on a Dutch timetable', () => {
    expect(formatTime(new Date('2018-10-04T07:05:00Z'))).toBe('09.05 uur');
  });
});

describe('fromAmsterdam', () => {
  it('converts summer and winter wall-clock times to UTC', () => {
    expect(fromAmsterdam({ year: 2018, month: 10, day: 4, hour: 13, minute: 0 }).toISOString()).toBe(
      '2018-10-04T11:00:00.000Z',
    );
    expect(fromAmsterdam({ year: 2019, month: 2, day: 1, hour: 13, minute: 30 }).toISOString()).toBe(
      '2019-02-01T12:30:00.000Z',
    );
  });

  it('handles the days the clocks change', () => {
    // 28 October 2018: 03.00 summer time became 02.00 winter time.
    expect(fromAmsterdam({ year: 2018, month: 10, day: 28, hour: 13, minute: 0 }).toISOString()).toBe(
      '2018-10-28T12:00:00.000Z',
    );
    // 25 March 2018: 02.00 winter time became 03.00 summer time.
    expect(fromAmsterdam({ year: 2018, month: 3, day: 25, hour: 13, minute: 0 }).toISOString()).toBe(
      '2018-03-25T11:00:00.000Z',
    );
  });
});
