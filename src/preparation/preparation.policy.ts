import type { Actor } from '../auth/actor';
import type { Enrolment } from '../enrolments/enrolment.entity';
import { canSeeEdition, isTrainer } from '../enrolments/enrolments.policy';

/*
 * Who may do what with the preparation of an edition, as named rules. `enrolment` is the
 * actor's own enrolment in the edition (undefined when they have none). `open`: the deadline
 * has not passed; `shared`: the trainer shares the answers and the deadline has passed.
 *
 *   rule                                     coordinator  trainer  participant     guest           others
 *   canReadMaterial (material, questions)         ✓          ✓          ✓              ✓
 *   canAnswer (has answers of their own)                                ✓
 *   canChangeAnswers                                                    ✓ while open
 *   canManagePreparation                          ✓          ✓
 *     (material, deadline, reminder days, questions and their order)
 *   canFollowAnswers                              ✓          ✓
 *     (overview, CSV, print; submitted answers only: a draft is counted, never read)
 *   canRemind (who has not submitted)             ✓ open     ✓ open
 *   canShareAnswers / stop sharing                ✓ closed   ✓ closed
 *   canReadGroupAnswers (submitted, with names)   ✓          ✓          ✓ shared       ✓ shared
 *
 * Guests (for example a council member) read along: they see the material and the questions,
 * answer nothing, and read the group's answers only once the trainer shares them, exactly as
 * participants do. Before sharing a participant sees only their own answers.
 */

export interface PreparationFacts {
  open: boolean;
  shared: boolean;
}

export function canReadMaterial(actor: Actor, enrolment: Enrolment | undefined): boolean {
  return canSeeEdition(actor, enrolment);
}

/** Participants prepare; trainers, guests and coordinators do not. */
export function canAnswer(actor: Actor, enrolment: Enrolment | undefined): boolean {
  return canSeeEdition(actor, enrolment) && enrolment?.role === 'participant';
}

export function canChangeAnswers(actor: Actor, enrolment: Enrolment | undefined, facts: PreparationFacts): boolean {
  return canAnswer(actor, enrolment) && facts.open;
}

export function canManagePreparation(actor: Actor, enrolment: Enrolment | undefined): boolean {
  return actor.isCoordinator || isTrainer(enrolment);
}

export function canFollowAnswers(actor: Actor, enrolment: Enrolment | undefined): boolean {
  return canManagePreparation(actor, enrolment);
}

/** A reminder after the deadline would ask for something that can no longer be done. */
export function canRemind(actor: Actor, enrolment: Enrolment | undefined, facts: PreparationFacts): boolean {
  return canFollowAnswers(actor, enrolment) && facts.open;
}

export function canShareAnswers(actor: Actor, enrolment: Enrolment | undefined, facts: PreparationFacts): boolean {
  return canManagePreparation(actor, enrolment) && !facts.open;
}

export function canReadGroupAnswers(actor: Actor, enrolment: Enrolment | undefined, facts: PreparationFacts): boolean {
  return canFollowAnswers(actor, enrolment) || (canReadMaterial(actor, enrolment) && facts.shared);
}
