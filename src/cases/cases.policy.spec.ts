import type { Actor } from '../auth/actor';
import type { Enrolment, EnrolmentRole } from '../enrolments/enrolment.entity';
import {
  canEditCase,
  canFollowCaseProgress,
  canReadCases,
  canSubmitCase,
  canViewCase,
  canWithdrawCase,
  canWriteCases,
} from './cases.policy';
import type { CaseStatus } from './entities/case.entity';

const actor = (id: number, isCoordinator = false): Actor => ({ id, name: 'Iemand', email: 'iemand@gemeente.nl', isCoordinator, language: 'nl' });
const enrolment = (role: EnrolmentRole, status: Enrolment['status'] = 'active') => ({ role, status }) as Enrolment;
const author = actor(1);
const own = enrolment('participant');
const caseOf = (status: CaseStatus) => ({ authorId: 1, status });

describe('cases policy', () => {
  it('lets everyone enrolled read submitted cases, and nobody else', () => {
    for (const role of ['participant', 'guest', 'trainer'] as const) {
      expect([role, canReadCases(actor(2), enrolment(role)), canViewCase(actor(2), enrolment(role), caseOf('submitted'))]).toEqual([role, true, true]);
    }
    expect(canViewCase(actor(2, true), undefined, caseOf('submitted'))).toEqual(true);
    expect(canViewCase(actor(2), undefined, caseOf('submitted'))).toEqual(false);
    expect(canViewCase(actor(2), enrolment('participant', 'withdrawn'), caseOf('submitted'))).toEqual(false);
  });

  it('shows drafts and withdrawn cases to their author only, not to trainers or coordinators', () => {
    for (const status of ['draft', 'withdrawn'] as const) {
      expect(canViewCase(author, own, caseOf(status))).toEqual(true);
      expect(canViewCase(actor(2), enrolment('trainer'), caseOf(status))).toEqual(false);
      expect(canViewCase(actor(2, true), undefined, caseOf(status))).toEqual(false);
    }
  });

  it('lets only participants write cases', () => {
    expect(canWriteCases(author, own)).toEqual(true);
    expect(canWriteCases(actor(2), enrolment('guest'))).toEqual(false);
    expect(canWriteCases(actor(2), enrolment('trainer'))).toEqual(false);
    expect(canWriteCases(actor(2, true), undefined)).toEqual(false);
  });

  it('closes a submitted case at the deadline, but keeps a draft editable', () => {
    expect(canEditCase(author, own, caseOf('submitted'), true)).toEqual(true);
    expect(canEditCase(author, own, caseOf('submitted'), false)).toEqual(false);
    expect(canEditCase(author, own, caseOf('draft'), false)).toEqual(true);
    expect(canSubmitCase(author, own, caseOf('draft'), false)).toEqual(false);
    expect(canSubmitCase(author, own, caseOf('withdrawn'), true)).toEqual(true);
    expect(canWithdrawCase(author, own, caseOf('submitted'), true)).toEqual(true);
    expect(canWithdrawCase(author, own, caseOf('submitted'), false)).toEqual(false);
    expect(canWithdrawCase(author, own, caseOf('draft'), true)).toEqual(false);
  });

  it('never lets someone else change a case, whatever their role', () => {
    for (const [who, e] of [[actor(2), enrolment('participant')], [actor(2), enrolment('trainer')], [actor(2, true), undefined]] as const) {
      expect([canEditCase(who, e, caseOf('draft'), true), canSubmitCase(who, e, caseOf('draft'), true), canWithdrawCase(who, e, caseOf('submitted'), true)]).toEqual([false, false, false]);
    }
  });

  it('shows the progress to trainers and coordinators', () => {
    expect([canFollowCaseProgress(actor(2), enrolment('trainer')), canFollowCaseProgress(actor(2, true), undefined)]).toEqual([true, true]);
    expect([canFollowCaseProgress(author, own), canFollowCaseProgress(actor(2), enrolment('guest'))]).toEqual([false, false]);
  });
});
