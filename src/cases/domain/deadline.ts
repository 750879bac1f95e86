import type { Language } from '../../config/app-config';
import { toAmsterdam, type WallClock } from '../../common/dates/amsterdam-time';
import { formatTime } from '../../common/dates/format-dates';

/*
 * When cases can be handed in. The server decides with these functions; the page only shows
 * the outcome. A deadline is a moment: at that exact instant submitting is closed.
 */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
/** Below this the hint counts hours, because "today at 17.00" hides how little time is left. */
const HOURS_THRESHOLD = 6 * HOUR;

/** An edition without its own deadline closes at the start of meeting two. */
export function defaultCaseDeadline(edition: { caseDeadline?: Date | null; meeting2Start: Date }): Date {
  return new Date(edition.caseDeadline ?? edition.meeting2Start);
}

/** A personal extension can only give more time, never less. */
export function effectiveDeadline(editionDeadline: Date, extensionUntil?: Date | null): Date {
  const later = extensionUntil && extensionUntil.getTime() > editionDeadline.getTime() ? extensionUntil : editionDeadline;
  return new Date(later);
}

/** Strict: at exactly the deadline it is closed. An invalid date counts as closed. */
export function isBeforeDeadline(now: Date, deadline: Date): boolean {
  return now.getTime() < deadline.getTime();
}

interface Phrases {
  passed: string;
  minutes: (n: number) => string;
  hours: (n: number) => string;
  today: (time: string) => string;
  tomorrow: (time: string) => string;
  days: (n: number) => string;
  midnight: string;
}

const PHRASES: Record<Language, Phrases> = {
  nl: {
    passed: 'verlopen',
    minutes: (n) => (n === 1 ? 'nog 1 minuut' : `nog ${n} minuten`),
    hours: (n) => `nog ${n} uur`,
    today: (time) => `vandaag om ${time}`,
    tomorrow: (time) => `morgen om ${time}`,
    days: (n) => `nog ${n} dagen`,
    midnight: '24.00 uur',
  },
  en: {
    passed: 'deadline passed',
    minutes: (n) => (n === 1 ? '1 minute left' : `${n} minutes left`),
    hours: (n) => (n === 1 ? '1 hour left' : `${n} hours left`),
    today: (time) => `today at ${time}`,
    tomorrow: (time) => `tomorrow at ${time}`,
    days: (n) => `${n} days left`,
    midnight: 'midnight',
  },
};

/**
 * A short hint next to the deadline: "nog 20 minuten", "nog 5 uur", "vandaag om 17.00 uur",
 * "morgen om 17.00 uur", "nog 3 dagen", "verlopen". Days are calendar days in Amsterdam, as
 * people count them: on Monday a deadline on Thursday is "nog 3 dagen", whatever the hour.
 * A deadline at 00.00 is read as the end of the day before ("vandaag om 24.00 uur"), which is
 * how Dutch deadlines are usually meant.
 */
export function deadlineHint(now: Date, deadline: Date, lang: Language = 'nl'): string {
  const words = PHRASES[lang];
  const left = deadline.getTime() - now.getTime();
  if (!(left > 0)) return words.passed;
  // Rounded down, so the hint never promises more time than there is.
  if (left < HOUR) return words.minutes(Math.max(1, Math.floor(left / MINUTE)));
  if (left < HOURS_THRESHOLD) return words.hours(Math.floor(left / HOUR));

  const wall = toAmsterdam(deadline);
  const atMidnight = wall.hour === 0 && wall.minute === 0;
  const deadlineDay = dayNumber(wall) - (atMidnight ? 1 : 0);
  const days = deadlineDay - dayNumber(toAmsterdam(now));
  const time = atMidnight ? words.midnight : formatTime(deadline, lang);
  if (days <= 0) return words.today(time);
  if (days === 1) return words.tomorrow(time);
  return words.days(days);
}

/** Days since 1 January 1970 of the wall-clock date, ignoring the time. */
function dayNumber(wall: WallClock): number {
  return Date.UTC(wall.year, wall.month - 1, wall.day) / (24 * HOUR);
}
