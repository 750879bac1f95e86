/** The portal's one time zone: the course takes place in the Netherlands. */
export const TIME_ZONE = 'Europe/Amsterdam';

export interface WallClock {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
}

const partsFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  hourCycle: 'h23',
});

/** What a clock on the wall in Amsterdam shows at this moment. */
export function toAmsterdam(date: Date): WallClock {
  const parts: Record<string, number> = {};
  for (const part of partsFormat.formatToParts(date)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return { year: parts.year, month: parts.month, day: parts.day, hour: parts.hour, minute: parts.minute };
}

/**
 * The moment at which Amsterdam's wall clock shows the given time. In the autumn hour that
 * occurs twice the first one is taken; a time skipped in spring moves an hour on.
 */
export function fromAmsterdam(wall: WallClock): Date {
  const asIfUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute);
  let guess = asIfUtc - offsetMinutes(new Date(asIfUtc)) * 60_000;
  // A second pass corrects the guess when the offset differs on either side of a change.
  guess = asIfUtc - offsetMinutes(new Date(guess)) * 60_000;
  return new Date(guess);
}

/** Minutes Amsterdam is ahead of UTC at this moment (60 in winter, 120 in summer). */
export function offsetMinutes(date: Date): number {
  const wall = toAmsterdam(date);
  const wallAsUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute);
  const utcMinute = Math.floor(date.getTime() / 60_000) * 60_000;
  return Math.round((wallAsUtc - utcMinute) / 60_000);
}

/** Parses the value of an `<input type="date">` and `<input type="time">` pair as Amsterdam time. */
export function parseAmsterdamInput(date: string, time: string): Date | undefined {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date.trim());
  const t = /^(\d{1,2})[:.](\d{2})$/.exec(time.trim());
  if (!d || !t) return undefined;
  const wall = { year: +d[1], month: +d[2], day: +d[3], hour: +t[1], minute: +t[2] };
  if (wall.month < 1 || wall.month > 12 || wall.hour > 23 || wall.minute > 59) return undefined;
  const daysInMonth = new Date(Date.UTC(wall.year, wall.month, 0)).getUTCDate();
  if (wall.day < 1 || wall.day > daysInMonth) return undefined;
  return fromAmsterdam(wall);
}
