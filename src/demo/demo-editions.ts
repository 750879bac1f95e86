import { fromAmsterdam, toAmsterdam, WallClock } from '../common/dates/amsterdam-time';
import { Edition } from '../editions/edition.entity';

export type DemoEdition = Omit<Edition, 'id' | 'createdAt' | 'updatedAt'>;

const THURSDAY = 4;
const DESCRIPTION =
  'Hoe krijg je inwoners positief in beweging? In twee middagen werk je met collega’s uit andere gemeenten aan samenwerken met inwoners: ' +
  'een gezamenlijke richting bepalen vanuit de bouwstenen die inwoners inbrengen, onwaarschijnlijke partners laten samenwerken en aansluiten ' +
  'bij de energie die al in een wijk aanwezig is. Bij de tweede bijeenkomst bespreken we de casussen die je zelf meeneemt.';

/** A wall-clock day in Amsterdam, `days` after the given one (calendar arithmetic in UTC is safe for dates). */
function addDays(day: WallClock, days: number): WallClock {
  const d = new Date(Date.UTC(day.year, day.month - 1, day.day + days));
  return { ...day, year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

function at(day: WallClock, hour: number, minute = 0): Date {
  return fromAmsterdam({ ...day, hour, minute });
}

/**
 * The demo editions, modelled on a real course: two Thursday afternoons two weeks apart,
 * 13.00–17.00 uur with walk-in from 12.30 uur, at most 20 participants. The upcoming one
 * starts on the first Thursday at least three weeks after `now`; one from 2018 is archived.
 */
export function buildDemoEditions(now: Date): DemoEdition[] {
  const today = toAmsterdam(now);
  let first = addDays(today, 21);
  const weekday = new Date(Date.UTC(first.year, first.month - 1, first.day)).getUTCDay();
  first = addDays(first, (THURSDAY - weekday + 7) % 7);
  const second = addDays(first, 14);
  const season = first.month >= 3 && first.month <= 8 ? 'voorjaar' : 'najaar';
  const year = first.year;

  return [
    {
      slug: `burgerparticipatie-${season}-${year}`,
      title: `Leeratelier Burgerparticipatie ${season} ${year}`,
      description: DESCRIPTION,
      meeting1Start: at(first, 13),
      meeting1End: at(first, 17),
      meeting2Start: at(second, 13),
      meeting2End: at(second, 17),
      walkInMinutes: 30,
      venueName: 'Wijkcentrum De Linde',
      venueAddress: 'Lindelaan 12, 3521 AB Utrecht',
      capacityMin: 10,
      capacityMax: 20,
      feeCents: 49500,
      // The Monday before the second meeting, at the end of the afternoon.
      caseDeadline: at(addDays(second, -3), 17),
      status: 'open',
    },
    {
      slug: 'burgerparticipatie-najaar-2018',
      title: 'Leeratelier Burgerparticipatie najaar 2018',
      description: DESCRIPTION,
      meeting1Start: new Date('2018-09-20T11:00:00Z'),
      meeting1End: new Date('2018-09-20T15:00:00Z'),
      meeting2Start: new Date('2018-10-04T11:00:00Z'),
      meeting2End: new Date('2018-10-04T15:00:00Z'),
      walkInMinutes: 30,
      venueName: 'Wijkcentrum De Linde',
      venueAddress: 'Lindelaan 12, 3521 AB Utrecht',
      capacityMin: 10,
      capacityMax: 20,
      feeCents: 49500,
      caseDeadline: new Date('2018-10-01T15:00:00Z'),
      status: 'archived',
    },
  ];
}
