import { toAmsterdam } from '../../common/dates/amsterdam-time';

/** The calendar day in Amsterdam, "2030-09-28": a trainer's reminders count per day as people live them. */
export function amsterdamDay(date: Date): string {
  const wall = toAmsterdam(date);
  return `${wall.year}-${String(wall.month).padStart(2, '0')}-${String(wall.day).padStart(2, '0')}`;
}
