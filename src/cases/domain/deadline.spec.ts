import { fromAmsterdam } from '../../common/dates/amsterdam-time';
import { deadlineHint, defaultCaseDeadline, effectiveDeadline, isBeforeDeadline } from './deadline';

/** A moment given as Amsterdam wall-clock time, "2018-10-04 13:00". */
function at(text: string): Date {
  const [date, time] = text.split(' ');
  const [year, month, day] = date.split('-').map(Number);
  const [hour, minute] = time.split(':').map(Number);
  return fromAmsterdam({ year, month, day, hour, minute });
}

const plus = (date: Date, ms: number) => new Date(date.getTime() + ms);

describe('defaultCaseDeadline', () => {
  it('uses the edition deadline, or else the start of meeting two', () => {
    const meeting2Start = at('2018-10-04 13:00');
    expect(defaultCaseDeadline({ caseDeadline: at('2018-10-01 17:00'), meeting2Start })).toEqual(at('2018-10-01 17:00'));
    expect(defaultCaseDeadline({ caseDeadline: null, meeting2Start })).toEqual(meeting2Start);
    expect(defaultCaseDeadline({ meeting2Start })).toEqual(meeting2Start);
  });
});

describe('effectiveDeadline', () => {
  const edition = at('2018-10-01 17:00');

  it('moves the deadline later for an extension', () => {
    expect(effectiveDeadline(edition, at('2018-10-03 12:00'))).toEqual(at('2018-10-03 12:00'));
  });

  it('never moves it earlier', () => {
    expect(effectiveDeadline(edition, at('2018-09-30 12:00'))).toEqual(edition);
    expect(effectiveDeadline(edition, null)).toEqual(edition);
    expect(effectiveDeadline(edition)).toEqual(edition);
    expect(effectiveDeadline(edition, new Date(Number.NaN))).toEqual(edition);
  });

  it('returns a new Date, so a caller cannot change the edition by accident', () => {
    expect(effectiveDeadline(edition)).not.toBe(edition);
  });
});

describe('isBeforeDeadline', () => {
  const deadline = at('2018-10-01 17:00');

  it('is open until the last millisecond and closed at the deadline itself', () => {
    expect(isBeforeDeadline(plus(deadline, -1000), deadline)).toEqual(true);
    expect(isBeforeDeadline(plus(deadline, -1), deadline)).toEqual(true);
    expect(isBeforeDeadline(deadline, deadline)).toEqual(false);
    expect(isBeforeDeadline(plus(deadline, 1), deadline)).toEqual(false);
  });

  it('treats an invalid date as closed', () => {
    expect(isBeforeDeadline(new Date(Number.NaN), deadline)).toEqual(false);
  });
});

describe('deadlineHint', () => {
  const deadline = at('2018-10-04 17:00'); // a Thursday

  it.each([
    ['2018-10-01 09:00', 'nog 3 dagen', '3 days left'],
    ['2018-10-01 23:59', 'nog 3 dagen', '3 days left'],
    ['2018-10-02 18:00', 'nog 2 dagen', '2 days left'],
    ['2018-10-03 08:00', 'morgen om 17.00 uur', 'tomorrow at 17:00'],
    ['2018-10-04 09:00', 'vandaag om 17.00 uur', 'today at 17:00'],
    ['2018-10-04 11:00', 'vandaag om 17.00 uur', 'today at 17:00'],
    ['2018-10-04 11:01', 'nog 5 uur', '5 hours left'],
    ['2018-10-04 15:30', 'nog 1 uur', '1 hour left'],
    ['2018-10-04 16:00', 'nog 1 uur', '1 hour left'],
    ['2018-10-04 16:01', 'nog 59 minuten', '59 minutes left'],
    ['2018-10-04 16:40', 'nog 20 minuten', '20 minutes left'],
    ['2018-10-04 16:59', 'nog 1 minuut', '1 minute left'],
    ['2018-10-04 17:00', 'verlopen', 'deadline passed'],
    ['2018-10-05 09:00', 'verlopen', 'deadline passed'],
  ])('at %s says %j / %j', (now, nl, en) => {
    expect(deadlineHint(at(now), deadline, 'nl')).toEqual(nl);
    expect(deadlineHint(at(now), deadline, 'en')).toEqual(en);
  });

  it('says Dutch by default', () => {
    expect(deadlineHint(at('2018-10-01 09:00'), deadline)).toEqual('nog 3 dagen');
  });

  it('still shows a minute in the last second, and closes exactly at the deadline', () => {
    expect(deadlineHint(plus(deadline, -1000), deadline)).toEqual('nog 1 minuut');
    expect(deadlineHint(plus(deadline, -1), deadline)).toEqual('nog 1 minuut');
    expect(deadlineHint(deadline, deadline)).toEqual('verlopen');
  });

  it('reads a deadline at 00.00 as the end of the day before', () => {
    const midnight = at('2018-10-04 00:00');
    expect(deadlineHint(at('2018-10-03 10:00'), midnight, 'nl')).toEqual('vandaag om 24.00 uur');
    expect(deadlineHint(at('2018-10-03 10:00'), midnight, 'en')).toEqual('today at midnight');
    expect(deadlineHint(at('2018-10-02 10:00'), midnight)).toEqual('morgen om 24.00 uur');
    expect(deadlineHint(at('2018-10-01 10:00'), midnight)).toEqual('nog 2 dagen');
  });

  describe('when the clocks change', () => {
    it('counts calendar days across the autumn change (a 25-hour day)', () => {
      // Saturday 27 October 2018, summer time; Monday 29 October, winter time: 49 real hours.
      expect(deadlineHint(at('2018-10-27 12:00'), at('2018-10-29 12:00'))).toEqual('nog 2 dagen');
      expect(deadlineHint(at('2018-10-27 23:30'), at('2018-10-28 23:00'))).toEqual('morgen om 23.00 uur');
    });

    it('counts calendar days across the spring change (a 23-hour day)', () => {
      // From Saturday 20.00 to Sunday 21.00 is 24 real hours but still "tomorrow".
      const now = at('2018-03-24 20:00');
      const sunday = at('2018-03-25 21:00');
      expect(sunday.getTime() - now.getTime()).toEqual(24 * 3600_000);
      expect(deadlineHint(now, sunday)).toEqual('morgen om 21.00 uur');
      expect(deadlineHint(at('2018-03-25 00:30'), at('2018-03-25 17:00'))).toEqual('vandaag om 17.00 uur');
    });

    it('counts real hours, not wall-clock hours, in the last hours', () => {
      // 01.30 winter time to 04.00 summer time is one and a half real hours.
      expect(deadlineHint(at('2018-03-25 01:30'), at('2018-03-25 04:00'))).toEqual('nog 1 uur');
      // 01.30 summer time to 03.00 winter time on 28 October is two and a half real hours.
      expect(deadlineHint(at('2018-10-28 01:30'), at('2018-10-28 03:00'))).toEqual('nog 2 uur');
    });
  });
});
