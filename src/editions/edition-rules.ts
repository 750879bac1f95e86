import { Edition } from './edition.entity';

/** Slugs are what the portal itself makes: lowercase letters, digits and single hyphens. */
export function isValidSlug(value: string): boolean {
  return value.length <= 80 && /^[a-z0-9]+(-[a-z0-9]+)*$/.test(value);
}

/** Places still free; never below zero, also when a coordinator enrolled more than the maximum. */
export function placesLeft(edition: Pick<Edition, 'capacityMax'>, taken: number): number {
  return Math.max(0, edition.capacityMax - taken);
}

/** The walk-in moment before a meeting. */
export function walkInStart(meetingStart: Date, walkInMinutes: number): Date {
  return new Date(meetingStart.getTime() - walkInMinutes * 60_000);
}
