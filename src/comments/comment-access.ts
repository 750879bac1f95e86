import { Injectable } from '@nestjs/common';
import type { Actor } from '../auth/actor';
import { CasesRepository } from '../cases/cases.repository';
import type { Case } from '../cases/entities/case.entity';
import { NotFoundError } from '../common/errors/domain-errors';
import { EditionAccess, EditionAccessService } from '../enrolments/edition-access';
import { CommentSettingsRepository } from './comment-settings.repository';
import { CommentsRepository } from './comments.repository';
import { canReadComment, canReadComments } from './comments.policy';
import { commentsCloseAt, isCommentingOpen } from './domain/comment-window';
import type { Comment } from './entities/comment.entity';

export interface CommentContext extends EditionAccess {
  /** With its author and current version. */
  case: Case;
  /** The title others read: the current version's, or the working copy's before the first submission. */
  caseTitle: string;
  closesAt: Date;
  /** Whether the commenting window is still open. */
  open: boolean;
  perParticipant: number;
}

/**
 * Opens the comments of a case for a person. A case they may not view, and a comment they may
 * not read, get the same 404 as one that does not exist (as CaseAccessService does for cases,
 * with the same rule, canViewCase): guessing numbers reveals nothing, trainer notes included.
 */
@Injectable()
export class CommentAccess {
  constructor(
    private readonly editions: EditionAccessService,
    private readonly cases: CasesRepository,
    private readonly comments: CommentsRepository,
    private readonly settings: CommentSettingsRepository,
  ) {}

  async open(actor: Actor, slug: string, caseId: number, now: Date): Promise<CommentContext> {
    const access = await this.editions.open(actor, slug);
    const found = Number.isSafeInteger(caseId) ? await this.cases.findForPage(caseId) : null;
    if (!found || found.editionId !== access.edition.id || !canReadComments(actor, access.enrolment, found)) throw new NotFoundError();
    const settings = await this.settings.of(access.edition.id);
    const closesAt = commentsCloseAt(access.edition, settings.closesAt);
    return {
      ...access,
      case: found,
      caseTitle: found.currentVersion?.title ?? found.title,
      closesAt,
      open: isCommentingOpen(now, closesAt),
      perParticipant: settings.perParticipant,
    };
  }

  /** A comment of this case that the person may read, with its writer. */
  async comment(context: CommentContext, commentId: number): Promise<Comment> {
    const found = await this.comments.findInCase(context.case.id, commentId);
    if (!found || !canReadComment(context.actor, context.enrolment, context.case, found)) throw new NotFoundError();
    return found;
  }
}
