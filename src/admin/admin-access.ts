import type { Actor } from '../auth/actor';
import { ForbiddenError } from '../common/errors/domain-errors';
import { canManageEditions, canReadOutbox } from '../enrolments/enrolments.policy';

/*
 * The first line of every admin service method: the named rule, before anything is read, so
 * a refused person learns nothing, not even whether an edition exists.
 */

export function requireEditionManager(actor: Actor): void {
  if (!canManageEditions(actor)) throw new ForbiddenError();
}

export function requireOutboxReader(actor: Actor): void {
  if (!canReadOutbox(actor)) throw new ForbiddenError();
}
