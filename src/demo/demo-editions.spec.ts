import { formatDateTime, formatTimeRange } from '../common/dates/format-dates';
import { buildDemoEditions } from './demo-editions';

describe('buildDemoEditions', () => {
  it('plans two Thursday afternoons two weeks apart, at least three weeks ahead', () => {
    const [upcoming] = buildDemoEditions(new Date('2026-11-28T12:00:00Z'));
    expect(formatDateTime(upcoming.meeting1Start)).toBe('donderdag 24 december 2026, 13.00 uur');
    expect(formatDateTime(upcoming.meeting2Start)).toBe('donderdag 7 januari 2027, 13.00 uur');
    expect(formatTimeRange(upcoming.meeting2Start, upcoming.meeting2End)).toBe('13.00–17.00 uur');
    expect(formatDateTime(upcoming.caseDeadline)).toBe('maandag 4 januari 2027, 17.00 uur');
    expect(upcoming.slug).toBe('burgerparticipatie-najaar-2026');
  });

  it('keeps 13.00 uur across a change to summer time', () => {
    const [upcoming] = buildDemoEditions(new Date('2027-03-01T12:00:00Z'));
    expect(formatDateTime(upcoming.meeting1Start)).toBe('donderdag 25 maart 2027, 13.00 uur');
    expect(formatDateTime(upcoming.meeting2Start)).toBe('donderdag 8 april 2027, 13.00 uur');
  });

  it('adds the archived 2018 edition', () => {
    const archived = buildDemoEditions(new Date('2026-11-28T12:00:00Z'))[1];
    expect([archived.status, formatDateTime(archived.meeting2Start)]).toEqual([
      'archived',
      'donderdag 4 oktober 2018, 13.00 uur',
    ]);
  });
});
