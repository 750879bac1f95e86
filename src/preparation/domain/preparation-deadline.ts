import { fromAmsterdam, toAmsterdam } from '../../common/dates/amsterdam-time';
import { isBeforeDeadline } from '../../cases/domain/deadline';

/*
 * When the preparation closes, when the automatic reminder is due and when shared answers
 * count. The server decides with these functions; pages only show the outcome.
 */

export const MAX_REMINDER_DAYS = 14;
/** Until the trainer chooses: three days, so a Monday reminder for a Thursday meeting. */
export const DEFAULT_REMINDER_DAYS = 3;

/** Without a deadline of its own the preparation closes when meeting one starts. */
export function preparationDeadline(edition: { meeting1Start: Date }, settings: { deadline: Date | null } | null): Date {
  return new Date(settings?.deadline ?? edition.meeting1Start);
}

/** Strict, as for cases: at the very moment of the deadline answers are closed. */
export function isOpen(now: Date, deadline: Date): boolean {
  return isBeforeDeadline(now, deadline);
}

/**
 * The trainer's choice to share only counts once the deadline has passed: moving the deadline
 * later hides the answers again until then, so nobody reads others' answers before writing.
 */
export function isShared(settings: { sharedAt: Date | null } | null, now: Date, deadline: Date): boolean {
  return !!settings?.sharedAt && !isOpen(now, deadline);
}

/**
 * The moment the automatic reminder may go: `days` calendar days before the deadline at the
 * same time on Amsterdam's clock, also across a change to or from summer time. Null when the
 * trainer turned the reminder off.
 */
export function reminderMoment(deadline: Date, days: number): Date | null {
  if (!Number.isInteger(days) || days <= 0) return null;
  const wall = toAmsterdam(deadline);
  const day = new Date(Date.UTC(wall.year, wall.month - 1, wall.day - days));
  return fromAmsterdam({ ...wall, year: day.getUTCFullYear(), month: day.getUTCMonth() + 1, day: day.getUTCDate() });
}

/** Whether the automatic reminder is due now: from its moment until the deadline itself. */
export function isReminderDue(now: Date, deadline: Date, days: number): boolean {
  const moment = reminderMoment(deadline, days);
  return !!moment && now.getTime() >= moment.getTime() && isOpen(now, deadline);
}
