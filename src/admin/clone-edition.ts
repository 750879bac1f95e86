import type { Edition } from '../editions/edition.entity';
import type { EditionSettings } from './edition-form-rules';

/** What a copy of an edition starts with. */
export interface ClonedSettings {
  edition: EditionSettings;
}

const TITLE_MAX = 200;
const COPY_SUFFIX = ' (kopie)';

/**
 * The settings a new edition takes over from an existing one: dates, venue, capacity, fee
 * and deadline, as a draft with "(kopie)" in its title. People, sign-ups and cases belong to
 * the original run and are never copied. Settings that later belong to an edition (themes,
 * preparation questions) are added to the result here, and stored by the service's clone.
 */
export function cloneEditionSettings(edition: Edition): ClonedSettings {
  return {
    edition: {
      title: edition.title.slice(0, TITLE_MAX - COPY_SUFFIX.length) + COPY_SUFFIX,
      description: edition.description,
      meeting1Start: edition.meeting1Start,
      meeting1End: edition.meeting1End,
      meeting2Start: edition.meeting2Start,
      meeting2End: edition.meeting2End,
      walkInMinutes: edition.walkInMinutes,
      venueName: edition.venueName,
      venueAddress: edition.venueAddress,
      capacityMin: edition.capacityMin,
      capacityMax: edition.capacityMax,
      feeCents: edition.feeCents,
      caseDeadline: edition.caseDeadline,
      status: 'draft',
    },
  };
}
