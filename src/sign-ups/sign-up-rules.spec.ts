import type { SignUpStatus } from '../enrolments/sign-up.entity';
import { blocksAnotherSignUp, decisionProblem, isUndecided, placeFor, withdrawState } from './sign-up-rules';

const STATUSES: SignUpStatus[] = ['pending', 'waiting', 'approved', 'declined', 'withdrawn'];

describe('sign-up rules', () => {
  it('gives a place while one is free and the waiting list after that', () => {
    expect([0, 18, 19, 20, 23].map((taken) => placeFor(taken, 20))).toEqual(['pending', 'pending', 'pending', 'waiting', 'waiting']);
  });

  it('lets a declined or withdrawn person sign up again, but not someone still in the running', () => {
    expect(STATUSES.map(blocksAnotherSignUp)).toEqual([true, true, true, false, false]);
  });

  it('allows withdrawing only before the decision', () => {
    expect(STATUSES.map(isUndecided)).toEqual([true, true, false, false, false]);
    expect(STATUSES.map(withdrawState)).toEqual(['valid', 'valid', 'approved', 'declined', 'withdrawn']);
  });

  it('takes a decision once', () => {
    expect(STATUSES.map((status) => decisionProblem(status, 'decline', 0, 20))).toEqual([
      undefined,
      undefined,
      'alreadyDecided',
      'alreadyDecided',
      'alreadyDecided',
    ]);
  });

  it('approves a waiting person only when a place is free; a pending one holds a place already', () => {
    expect(decisionProblem('waiting', 'approve', 19, 20)).toBeUndefined();
    expect(decisionProblem('waiting', 'approve', 20, 20)).toBe('full');
    expect(decisionProblem('pending', 'approve', 20, 20)).toBeUndefined();
    expect(decisionProblem('waiting', 'decline', 20, 20)).toBeUndefined();
  });
});
