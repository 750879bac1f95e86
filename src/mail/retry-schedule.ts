const MINUTE = 60_000;

/**
 * Wait after the 1st, 2nd, … failed attempt. Short at first (a mail server that restarts),
 * then long enough to outlast an evening's outage: the last try is about 9.5 hours after the first.
 */
const RETRY_DELAYS_MS = [1, 5, 30, 120, 360].map((minutes) => minutes * MINUTE);

/** After this many failed attempts a mail is given up and shows as failed in the outbox. */
export const MAX_ATTEMPTS = RETRY_DELAYS_MS.length + 1;

/** When to try again after `attempts` failed attempts, or null to give up. */
export function nextAttemptAfter(attempts: number, now: Date): Date | null {
  if (attempts >= MAX_ATTEMPTS) return null;
  const delay = RETRY_DELAYS_MS[Math.max(attempts, 1) - 1];
  return new Date(now.getTime() + delay);
}
