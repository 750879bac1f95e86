import { DomainError } from '../common/errors/domain-errors';

/** Reminding after the deadline would ask for answers that can no longer be given. */
export class RemindAfterDeadlineError extends DomainError {
  readonly status = 403;
  readonly messageKey = 'preparation.errors.remindClosed';
}

/** Answers are shared only after the deadline, so nobody reads others' answers before writing. */
export class ShareBeforeDeadlineError extends DomainError {
  readonly status = 403;
  readonly messageKey = 'preparation.errors.shareTooEarly';
}

/** The group's answers were asked for before the trainer shared them. */
export class NotSharedError extends DomainError {
  readonly status = 403;
  readonly messageKey = 'preparation.errors.notShared';
}
