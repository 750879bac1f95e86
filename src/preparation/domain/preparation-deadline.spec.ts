import { formatDateTime } from '../../common/dates/format-dates';
import { isOpen, isReminderDue, isShared, preparationDeadline, reminderMoment } from './preparation-deadline';

describe('preparation deadline', () => {
  const edition = { meeting1Start: new Date('2030-09-19T11:00:00Z') };

  it('is the start of meeting one unless the trainer set another moment', () => {
    expect(formatDateTime(preparationDeadline(edition, null))).toBe('donderdag 19 september 2030, 13.00 uur');
    expect(formatDateTime(preparationDeadline(edition, { deadline: null }))).toBe('donderdag 19 september 2030, 13.00 uur');
    expect(formatDateTime(preparationDeadline(edition, { deadline: new Date('2030-09-16T15:00:00Z') }))).toBe(
      'maandag 16 september 2030, 17.00 uur',
    );
  });

  it('closes at the exact moment of the deadline', () => {
    const deadline = new Date('2030-09-19T11:00:00Z');
    expect(isOpen(new Date('2030-09-19T10:59:59.999Z'), deadline)).toBe(true);
    expect(isOpen(deadline, deadline)).toBe(false);
  });

  it('shares answers only after the deadline, even when the trainer chose to share earlier', () => {
    const deadline = new Date('2030-09-19T11:00:00Z');
    const settings = { sharedAt: new Date('2030-09-20T08:00:00Z') };
    expect(isShared(settings, new Date('2030-09-19T10:00:00Z'), deadline)).toBe(false);
    expect(isShared(settings, new Date('2030-09-19T11:00:00Z'), deadline)).toBe(true);
    expect(isShared({ sharedAt: null }, new Date('2030-09-25T11:00:00Z'), deadline)).toBe(false);
  });

  it('reminds a number of calendar days before, at the same Amsterdam time across the change to winter time', () => {
    // 27 October 2030 the clocks go back: Thursday 31 October 13.00 is UTC+1, Monday 28 at 13.00 too,
    // but Saturday 26 October 13.00 is still summer time (UTC+2).
    const deadline = new Date('2030-10-31T12:00:00Z');
    expect(formatDateTime(reminderMoment(deadline, 3)!)).toBe('maandag 28 oktober 2030, 13.00 uur');
    expect(formatDateTime(reminderMoment(deadline, 5)!)).toBe('zaterdag 26 oktober 2030, 13.00 uur');
    expect(reminderMoment(deadline, 0)).toBeNull();
  });

  it('is due from the reminder moment until the deadline', () => {
    const deadline = new Date('2030-09-19T11:00:00Z');
    expect(isReminderDue(new Date('2030-09-16T10:59:00Z'), deadline, 3)).toBe(false);
    expect(isReminderDue(new Date('2030-09-16T11:00:00Z'), deadline, 3)).toBe(true);
    expect(isReminderDue(new Date('2030-09-19T11:00:00Z'), deadline, 3)).toBe(false);
    expect(isReminderDue(new Date('2030-09-18T11:00:00Z'), deadline, 0)).toBe(false);
  });
});
