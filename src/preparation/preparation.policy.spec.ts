import type { Actor } from '../auth/actor';
import type { Enrolment, EnrolmentRole } from '../enrolments/enrolment.entity';
import * as policy from './preparation.policy';

describe('preparation policy', () => {
  const actor = (isCoordinator = false) => ({ id: 1, name: 'A', email: 'a@x.nl', isCoordinator, language: 'nl' }) as Actor;
  const enrolment = (role: EnrolmentRole, status: Enrolment['status'] = 'active') => ({ role, status }) as Enrolment;
  const open = { open: true, shared: false };
  const closed = { open: false, shared: false };
  const shared = { open: false, shared: true };

  type Who = [string, Actor, Enrolment | undefined];
  const people: Who[] = [
    ['coordinator', actor(true), undefined],
    ['trainer', actor(), enrolment('trainer')],
    ['participant', actor(), enrolment('participant')],
    ['guest', actor(), enrolment('guest')],
    ['withdrawn participant', actor(), enrolment('participant', 'withdrawn')],
    ['outsider', actor(), undefined],
  ];
  const allowed = (rule: (a: Actor, e: Enrolment | undefined) => boolean) => people.filter(([, a, e]) => rule(a, e)).map(([name]) => name);

  it('lets everyone in the edition read the material, and only participants answer', () => {
    expect(allowed(policy.canReadMaterial)).toEqual(['coordinator', 'trainer', 'participant', 'guest']);
    expect(allowed(policy.canAnswer)).toEqual(['participant']);
    expect(allowed((a, e) => policy.canChangeAnswers(a, e, open))).toEqual(['participant']);
    expect(allowed((a, e) => policy.canChangeAnswers(a, e, closed))).toEqual([]);
  });

  it('leaves setting up, following, reminding and sharing to trainers and coordinators, each at its time', () => {
    expect(allowed(policy.canManagePreparation)).toEqual(['coordinator', 'trainer']);
    expect(allowed(policy.canFollowAnswers)).toEqual(['coordinator', 'trainer']);
    expect(allowed((a, e) => policy.canRemind(a, e, open))).toEqual(['coordinator', 'trainer']);
    expect(allowed((a, e) => policy.canRemind(a, e, closed))).toEqual([]);
    expect(allowed((a, e) => policy.canShareAnswers(a, e, open))).toEqual([]);
    expect(allowed((a, e) => policy.canShareAnswers(a, e, closed))).toEqual(['coordinator', 'trainer']);
  });

  it('shows the group’s answers to participants and guests only once shared', () => {
    expect(allowed((a, e) => policy.canReadGroupAnswers(a, e, closed))).toEqual(['coordinator', 'trainer']);
    expect(allowed((a, e) => policy.canReadGroupAnswers(a, e, shared))).toEqual(['coordinator', 'trainer', 'participant', 'guest']);
  });
});
