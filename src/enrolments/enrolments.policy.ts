import type { Actor } from '../auth/actor';
import type { Enrolment } from './enrolment.entity';

/*
 * Who may do what in an edition, as named rules. `enrolment` is the actor's own enrolment in
 * the edition in question (undefined when they have none). Coordinators may do everything.
 *
 *   rule                     coordinator  trainer  participant  guest  others
 *   canSeeEdition                 ✓          ✓          ✓          ✓
 *   canManagePeople               ✓          ✓
 *   canManageEditions             ✓
 *   canDecideSignUps              ✓
 *   canReadOutbox                 ✓
 */

function isCurrent(enrolment: Enrolment | undefined): enrolment is Enrolment {
  return !!enrolment && enrolment.status !== 'withdrawn';
}

export function canSeeEdition(actor: Actor, enrolment: Enrolment | undefined): boolean {
  return actor.isCoordinator || isCurrent(enrolment);
}

export function isTrainer(enrolment: Enrolment | undefined): boolean {
  return isCurrent(enrolment) && enrolment.role === 'trainer';
}

/** Inviting people, seeing who is enrolled, exporting the list. */
export function canManagePeople(actor: Actor, enrolment: Enrolment | undefined): boolean {
  return actor.isCoordinator || isTrainer(enrolment);
}

export function canManageEditions(actor: Actor): boolean {
  return actor.isCoordinator;
}

export function canDecideSignUps(actor: Actor): boolean {
  return actor.isCoordinator;
}

export function canReadOutbox(actor: Actor): boolean {
  return actor.isCoordinator;
}
