/** At most this many failed logins per account, and per network address, within the window. */
export const ACCOUNT_LIMIT = 5;
export const ADDRESS_LIMIT = 20;
export const WINDOW_MS = 15 * 60 * 1000;

/**
 * Until when logins are refused, given the recent failed attempts (any order), or undefined
 * when a login may be tried now. The block lifts when the oldest counted attempt leaves the window.
 */
export function blockedUntil(attempts: Date[], limit: number, now: Date): Date | undefined {
  const recent = attempts
    .map((a) => a.getTime())
    .filter((t) => t > now.getTime() - WINDOW_MS)
    .sort((a, b) => b - a);
  if (recent.length < limit) return undefined;
  return new Date(recent[limit - 1] + WINDOW_MS);
}

/** Whole minutes to wait, at least one, for the message. */
export function minutesUntil(until: Date, now: Date): number {
  return Math.max(1, Math.ceil((until.getTime() - now.getTime()) / 60_000));
}
