import { DomainError } from '../common/errors/domain-errors';

/** The case is a draft or withdrawn: comments wait until it is submitted. */
export class CaseNotOpenForCommentsError extends DomainError {
  readonly status = 403;
  readonly messageKey = 'comments.errors.notSubmitted';
}

/** The edition's commenting window has closed. */
export class CommentsClosedError extends DomainError {
  readonly status = 403;
  readonly messageKey = 'comments.errors.closed';
}

/** Only the writer may change or delete a comment. */
export class NotYourCommentError extends DomainError {
  readonly status = 403;
  readonly messageKey = 'comments.errors.notYours';
}

/** A deleted or hidden comment cannot be answered, and only trainers write trainer notes. */
export class CommentNotAllowedError extends DomainError {
  readonly status = 403;
  readonly messageKey = 'comments.errors.notAllowed';
}
