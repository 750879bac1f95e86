import type { Edition } from '../editions/edition.entity';

/** Three weeks: still time to find participants, or to decide to cancel. */
export const MINIMUM_WARNING_DAYS = 21;

/**
 * Whether the dashboard warns that an edition is short of participants: fewer than its
 * minimum while the first meeting is at most three weeks away. Once it has started, the
 * warning no longer helps anyone.
 */
export function isBelowMinimum(edition: Pick<Edition, 'capacityMin' | 'meeting1Start'>, participants: number, now: Date): boolean {
  const msUntilStart = edition.meeting1Start.getTime() - now.getTime();
  return participants < edition.capacityMin && msUntilStart >= 0 && msUntilStart <= MINIMUM_WARNING_DAYS * 24 * 60 * 60 * 1000;
}
