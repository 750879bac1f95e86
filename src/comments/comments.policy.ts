import type { Actor } from '../auth/actor';
import { canViewCase, isAuthor } from '../cases/cases.policy';
import type { Case } from '../cases/entities/case.entity';
import type { Enrolment } from '../enrolments/enrolment.entity';
import { isTrainer } from '../enrolments/enrolments.policy';
import type { Comment } from './entities/comment.entity';

/*
 * Who may do what with the comments on a case, as named rules. `enrolment` is the actor's own
 * enrolment in the edition (undefined when they have none); `open` says whether the edition's
 * commenting window has not yet closed. "Note" is a trainer note or a reply in its thread.
 *
 *   rule                                     coordinator  trainer  participant  guest  case author  writer
 *   canReadComments (a case they may view)        ✓          ✓          ✓          ✓        ✓
 *   canReadTrainerNotes                           ✓          ✓                               ✓
 *   canReadComment  not a note                    ✓          ✓          ✓          ✓        ✓
 *   canReadComment  a note                        ✓          ✓                               ✓
 *   canComment (submitted case)                              ✓ open     ✓ open     ✓ open   ✓ open
 *   canWriteTrainerNote                                      ✓ open
 *   canReply (a comment they read, not deleted or hidden) = canComment and canReadComment
 *   canEditComment                                                                                   ✓ open
 *   canDeleteComment                                                                                 ✓
 *   canModerate (hide with a reason, show again)  ✓          ✓
 *   canSeeHiddenText (and the reason)             ✓          ✓                                        ✓
 *   canManageFeedback (window, allocation, matrix, edition export)  ✓  ✓
 *   canHaveAssignments                                                  ✓
 *   canChooseCommentMail (per edition)                       ✓          ✓          ✓
 *
 * Mail about a comment goes only to someone who may read it: the same canReadComment, asked
 * for the recipient (canBeToldAbout). Coordinators read along but are not enrolled, so they do
 * not write comments and get no mail about them.
 */

type CaseFacts = Pick<Case, 'authorId' | 'status'>;
type CommentFacts = Pick<Comment, 'authorId' | 'trainerNote' | 'deletedAt' | 'hiddenAt'>;

/** Enrolled now, in any role: invited people who logged in count, withdrawn ones do not. */
function isEnrolled(enrolment: Enrolment | undefined): enrolment is Enrolment {
  return !!enrolment && enrolment.status !== 'withdrawn';
}

export function canReadComments(actor: Actor, enrolment: Enrolment | undefined, c: CaseFacts): boolean {
  return canViewCase(actor, enrolment, c);
}

export function canReadTrainerNotes(actor: Actor, enrolment: Enrolment | undefined, c: CaseFacts): boolean {
  return canReadComments(actor, enrolment, c) && (actor.isCoordinator || isTrainer(enrolment) || isAuthor(actor, enrolment, c));
}

export function canReadComment(actor: Actor, enrolment: Enrolment | undefined, c: CaseFacts, comment: Pick<Comment, 'trainerNote'>): boolean {
  return comment.trainerNote ? canReadTrainerNotes(actor, enrolment, c) : canReadComments(actor, enrolment, c);
}

export function canComment(actor: Actor, enrolment: Enrolment | undefined, c: CaseFacts, open: boolean): boolean {
  return isEnrolled(enrolment) && c.status === 'submitted' && open && canReadComments(actor, enrolment, c);
}

export function canWriteTrainerNote(actor: Actor, enrolment: Enrolment | undefined, c: CaseFacts, open: boolean): boolean {
  return canComment(actor, enrolment, c, open) && isTrainer(enrolment);
}

export function canReply(actor: Actor, enrolment: Enrolment | undefined, c: CaseFacts, parent: CommentFacts, open: boolean): boolean {
  return canComment(actor, enrolment, c, open) && canReadComment(actor, enrolment, c, parent) && !parent.deletedAt && !parent.hiddenAt;
}

export function isWriter(actor: Actor, comment: Pick<Comment, 'authorId'>): boolean {
  return comment.authorId === actor.id;
}

export function canEditComment(actor: Actor, enrolment: Enrolment | undefined, c: CaseFacts, comment: CommentFacts, open: boolean): boolean {
  return isWriter(actor, comment) && canComment(actor, enrolment, c, open) && !comment.deletedAt && !comment.hiddenAt;
}

/** Your own words can always be taken back, also after the window closed. */
export function canDeleteComment(actor: Actor, enrolment: Enrolment | undefined, c: CaseFacts, comment: CommentFacts): boolean {
  return isWriter(actor, comment) && isEnrolled(enrolment) && canReadComments(actor, enrolment, c) && !comment.deletedAt;
}

export function canModerate(actor: Actor, enrolment: Enrolment | undefined): boolean {
  return actor.isCoordinator || isTrainer(enrolment);
}

export function canSeeHiddenText(actor: Actor, enrolment: Enrolment | undefined, comment: Pick<Comment, 'authorId'>): boolean {
  return canModerate(actor, enrolment) || isWriter(actor, comment);
}

export function canManageFeedback(actor: Actor, enrolment: Enrolment | undefined): boolean {
  return actor.isCoordinator || isTrainer(enrolment);
}

export function canHaveAssignments(enrolment: Enrolment | undefined): boolean {
  return isEnrolled(enrolment) && enrolment.role === 'participant';
}

export function canChooseCommentMail(enrolment: Enrolment | undefined): boolean {
  return isEnrolled(enrolment);
}

/** Whether a person may get mail about a comment: exactly when they may read it. */
export function canBeToldAbout(recipient: Actor, enrolment: Enrolment | undefined, c: CaseFacts, comment: Pick<Comment, 'trainerNote'>): boolean {
  return isEnrolled(enrolment) && canReadComment(recipient, enrolment, c, comment);
}
