import type { Actor } from '../auth/actor';
import type { Enrolment } from '../enrolments/enrolment.entity';
import { canSeeEdition, isTrainer } from '../enrolments/enrolments.policy';
import type { Case } from './entities/case.entity';

/*
 * Who may do what with the cases of an edition, as named rules. `enrolment` is the actor's own
 * enrolment in the edition (undefined when they have none); `open` says whether the author's
 * deadline, with any extension, has not yet passed.
 *
 *   rule                                  coordinator  trainer  participant  guest  author
 *   canReadCases (overview)                    ✓          ✓          ✓          ✓
 *   canWriteCases (start one, Mijn casus)                            ✓
 *   canViewCase   submitted                    ✓          ✓          ✓          ✓      ✓
 *   canViewCase   draft or withdrawn                                                   ✓
 *   canEditCase   draft or withdrawn                                                   ✓
 *   canEditCase   submitted                                                            ✓ while open
 *   canSubmitCase                                                                      ✓ while open
 *   canWithdrawCase  submitted                                                         ✓ while open
 *   canChangeAttachments = canEditCase; canDownloadAttachment = canViewCase
 *   canFollowCaseProgress                      ✓          ✓
 *     (drafts counted, never read; who has not submitted; reminders; extensions; settings)
 */

type CaseFacts = Pick<Case, 'authorId' | 'status'>;

export function canReadCases(actor: Actor, enrolment: Enrolment | undefined): boolean {
  return canSeeEdition(actor, enrolment);
}

/** Participants bring cases; trainers, guests and coordinators do not. */
export function canWriteCases(actor: Actor, enrolment: Enrolment | undefined): boolean {
  return canSeeEdition(actor, enrolment) && enrolment?.role === 'participant';
}

export function isAuthor(actor: Actor, enrolment: Enrolment | undefined, c: CaseFacts): boolean {
  return c.authorId === actor.id && canSeeEdition(actor, enrolment);
}

export function canViewCase(actor: Actor, enrolment: Enrolment | undefined, c: CaseFacts): boolean {
  return isAuthor(actor, enrolment, c) || (c.status === 'submitted' && canReadCases(actor, enrolment));
}

export function canEditCase(actor: Actor, enrolment: Enrolment | undefined, c: CaseFacts, open: boolean): boolean {
  return isAuthor(actor, enrolment, c) && canWriteCases(actor, enrolment) && (c.status !== 'submitted' || open);
}

export function canSubmitCase(actor: Actor, enrolment: Enrolment | undefined, c: CaseFacts, open: boolean): boolean {
  return isAuthor(actor, enrolment, c) && canWriteCases(actor, enrolment) && open;
}

export function canWithdrawCase(actor: Actor, enrolment: Enrolment | undefined, c: CaseFacts, open: boolean): boolean {
  return isAuthor(actor, enrolment, c) && c.status === 'submitted' && open;
}

export function canChangeAttachments(actor: Actor, enrolment: Enrolment | undefined, c: CaseFacts, open: boolean): boolean {
  return canEditCase(actor, enrolment, c, open);
}

export function canDownloadAttachment(actor: Actor, enrolment: Enrolment | undefined, c: CaseFacts): boolean {
  return canViewCase(actor, enrolment, c);
}

export function canFollowCaseProgress(actor: Actor, enrolment: Enrolment | undefined): boolean {
  return actor.isCoordinator || isTrainer(enrolment);
}
