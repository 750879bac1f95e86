/**
 * Errors the services throw for situations a person can run into. The exception filter turns
 * each into its status and a message in the person's language; `messageKey` names that text.
 */
export abstract class DomainError extends Error {
  abstract readonly status: number;
  abstract readonly messageKey: string;
}

export class NotFoundError extends DomainError {
  readonly status = 404;
  readonly messageKey = 'errors.text404';
}

export class ForbiddenError extends DomainError {
  readonly status = 403;
  readonly messageKey = 'errors.text403';
}
