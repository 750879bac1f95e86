import { toAmsterdam } from '../../common/dates/amsterdam-time';

/** The daily digest goes out from this hour on, Amsterdam time: before the working day starts. */
export const DIGEST_HOUR = 8;

/** The Amsterdam calendar day of a moment, "2030-09-28": a digest is sent once per such day. */
export function amsterdamDay(now: Date): string {
  const wall = toAmsterdam(now);
  return `${wall.year}-${String(wall.month).padStart(2, '0')}-${String(wall.day).padStart(2, '0')}`;
}

/** From the digest hour until midnight; a run later in the day catches up on a missed one. */
export function isDigestTime(now: Date): boolean {
  return toAmsterdam(now).hour >= DIGEST_HOUR;
}
