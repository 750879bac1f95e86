import { placesLeft } from '../editions/edition-rules';
import type { SignUpStatus } from '../enrolments/sign-up.entity';

/*
 * The rules of signing up, without I/O. "Taken" places are participants holding a place
 * (invited or active) plus sign-ups still waiting for a decision: a pending sign-up keeps its
 * place until the coordinator decides, so the course cannot be promised twice.
 */

export type Placement = Extract<SignUpStatus, 'pending' | 'waiting'>;

/** Where a new sign-up lands: on the list for approval while a place is free, else the waiting list. */
export function placeFor(taken: number, capacityMax: number): Placement {
  return taken < capacityMax ? 'pending' : 'waiting';
}

/** Sign-ups still in the running: while one exists, a second with the same address is not stored. */
export const BLOCKING_STATUSES: readonly SignUpStatus[] = ['pending', 'waiting', 'approved'];

export function blocksAnotherSignUp(status: SignUpStatus): boolean {
  return BLOCKING_STATUSES.includes(status);
}

/** Still waiting for the coordinator: pending or on the waiting list. */
export function isUndecided(status: SignUpStatus): status is Placement {
  return status === 'pending' || status === 'waiting';
}

export type WithdrawState = 'valid' | Exclude<SignUpStatus, Placement>;

/** The person may withdraw with the link in the mail until the coordinator has decided. */
export function withdrawState(status: SignUpStatus): WithdrawState {
  return isUndecided(status) ? 'valid' : status;
}

export type Decision = 'approve' | 'decline';
export type DecisionProblem = 'alreadyDecided' | 'full';

/**
 * Why a decision cannot be taken, or undefined when it can. Deciding on a decided sign-up
 * changes nothing (a double click, or two coordinators at once). A waiting sign-up may only be
 * approved when a place is free; a pending one holds its place already.
 */
export function decisionProblem(status: SignUpStatus, decision: Decision, taken: number, capacityMax: number): DecisionProblem | undefined {
  if (!isUndecided(status)) return 'alreadyDecided';
  if (decision === 'approve' && status === 'waiting' && placesLeft({ capacityMax }, taken) === 0) return 'full';
  return undefined;
}
