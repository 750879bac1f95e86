import type { Edition } from '../editions/edition.entity';

/*
 * Who may sign up where. The coordinator's decisions use `canDecideSignUps` from the
 * enrolments policy, where all rules about people in an edition sit.
 *
 *   rule                 open  closed  draft  archived
 *   canSignUp              ✓
 *   canMoveUpWaiting       ✓      ✓
 */

/** Anyone, without an account, may sign up for an open edition. */
export function canSignUp(edition: Pick<Edition, 'status'>): boolean {
  return edition.status === 'open';
}

/**
 * A place that frees up goes to the waiting list while the edition runs, also after
 * registration closed; not for an edition that is not published or is over.
 */
export function canMoveUpWaiting(edition: Pick<Edition, 'status'>): boolean {
  return edition.status === 'open' || edition.status === 'closed';
}
