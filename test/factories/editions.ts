import { DataSource } from 'typeorm';
import { Edition } from '../../src/editions/edition.entity';

let counter = 0;

/**
 * An open edition with two Thursday afternoons in the future; pass what the test is about.
 * Times are those of 2030 in Amsterdam summer time (UTC+2).
 */
export async function createEdition(dataSource: DataSource, fields: Partial<Edition> = {}): Promise<Edition> {
  counter += 1;
  const edition = dataSource.getRepository(Edition).create({
    slug: `leeratelier-${counter}`,
    title: `Leeratelier Burgerparticipatie ${counter}`,
    description: 'Twee middagen over samenwerken met inwoners.',
    meeting1Start: new Date('2030-09-19T11:00:00Z'),
    meeting1End: new Date('2030-09-19T15:00:00Z'),
    meeting2Start: new Date('2030-10-03T11:00:00Z'),
    meeting2End: new Date('2030-10-03T15:00:00Z'),
    walkInMinutes: 30,
    venueName: 'Stadskantoor',
    venueAddress: 'Stationsplein 1, 3511 ED Utrecht',
    capacityMin: 10,
    capacityMax: 20,
    feeCents: 49500,
    caseDeadline: new Date('2030-09-30T15:00:00Z'),
    status: 'open',
    ...fields,
  });
  return dataSource.getRepository(Edition).save(edition);
}
