import { DomainError } from '../common/errors/domain-errors';

/** The author's deadline has passed: a submitted case can no longer be changed or withdrawn. */
export class CaseLockedError extends DomainError {
  readonly status = 403;
  readonly messageKey = 'cases.locked';
}
