import type { Actor } from '../auth/actor';
import type { Enrolment, EnrolmentRole, EnrolmentStatus } from '../enrolments/enrolment.entity';
import { canEditAgenda, canPublishAgenda, canReadPublishedAgenda } from './agenda.policy';

const person: Actor = { id: 1, name: 'Iemand', email: 'iemand@example.nl', isCoordinator: false, language: 'nl' };
const coordinator: Actor = { ...person, isCoordinator: true };
const enrolment = (role: EnrolmentRole, status: EnrolmentStatus = 'active') => ({ role, status }) as Enrolment;

describe('agenda policy', () => {
  const cases: [string, Actor, Enrolment | undefined][] = [
    ['coordinator', coordinator, undefined],
    ['trainer', person, enrolment('trainer')],
    ['participant', person, enrolment('participant')],
    ['guest', person, enrolment('guest')],
    ['withdrawn trainer', person, enrolment('trainer', 'withdrawn')],
    ['outsider', person, undefined],
  ];

  it('reads as a table', () => {
    expect(cases.map(([who, actor, e]) => [who, canReadPublishedAgenda(actor, e), canEditAgenda(actor, e), canPublishAgenda(actor, e)])).toEqual([
      ['coordinator', true, true, true],
      ['trainer', true, true, true],
      ['participant', true, false, false],
      ['guest', true, false, false],
      ['withdrawn trainer', false, false, false],
      ['outsider', false, false, false],
    ]);
  });
});
