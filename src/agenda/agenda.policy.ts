import type { Actor } from '../auth/actor';
import type { Enrolment } from '../enrolments/enrolment.entity';
import { canSeeEdition, isTrainer } from '../enrolments/enrolments.policy';

/*
 * Who may do what with the agenda of meeting two. `enrolment` is the actor's own enrolment in
 * the edition (undefined when they have none).
 *
 *   rule                                coordinator  trainer  participant  guest  others
 *   canReadPublishedAgenda (page, print,     ✓          ✓          ✓          ✓
 *     calendar, CSV, JSON)
 *   canEditAgenda (draft, proposal,          ✓          ✓
 *     every change, the draft's exports)
 *   canPublishAgenda                         ✓          ✓
 *
 * A participant's own case is marked on the page by comparing authors; that needs no rule.
 */

export function canReadPublishedAgenda(actor: Actor, enrolment: Enrolment | undefined): boolean {
  return canSeeEdition(actor, enrolment);
}

export function canEditAgenda(actor: Actor, enrolment: Enrolment | undefined): boolean {
  return actor.isCoordinator || isTrainer(enrolment);
}

export function canPublishAgenda(actor: Actor, enrolment: Enrolment | undefined): boolean {
  return canEditAgenda(actor, enrolment);
}
