import type { Edition } from '../editions/edition.entity';
import { nextSteps } from './next-steps';

describe('nextSteps', () => {
  const edition = {
    slug: 'najaar',
    caseDeadline: new Date('2030-09-30T15:00:00Z'),
    meeting2End: new Date('2030-10-03T15:00:00Z'),
  } as Edition;

  it('reminds a participant of the case deadline, more urgently in the last week', () => {
    const href = '/leerateliers/najaar/mijn-casus';
    expect(nextSteps(edition, 'participant', new Date('2030-09-01T12:00:00Z'))).toEqual([{ key: 'people.next.case', params: { days: 30 }, href }]);
    expect(nextSteps(edition, 'participant', new Date('2030-09-28T12:00:00Z'))).toEqual([{ key: 'people.next.caseSoon', params: { days: 3 }, href }]);
  });

  it('points a trainer to the people page, and says when an edition is over', () => {
    expect(nextSteps(edition, 'trainer', new Date('2030-09-01T12:00:00Z'))).toEqual([
      { key: 'people.next.invite', params: {}, href: '/leerateliers/najaar/deelnemers' },
    ]);
    expect(nextSteps(edition, 'guest', new Date('2030-10-04T12:00:00Z'))).toEqual([{ key: 'people.next.finished', params: {} }]);
  });
});
