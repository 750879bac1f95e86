import { DomainError } from '../common/errors/domain-errors';

/** A page that needs a login was asked for without one; the filter sends the person to log in. */
export class LoginRequiredError extends DomainError {
  readonly status = 401;
  readonly messageKey = 'auth.loginRequired';
}
