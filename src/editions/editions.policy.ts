import { Edition } from './edition.entity';

/*
 * Who may see what of an edition. Later rules (enrolled people, trainers, coordinators)
 * join these, so that every check in the services reads as a named rule.
 */

/** Anyone, also without an account, may read the practical information of an open or closed edition. */
export function canViewPublicPage(edition: Pick<Edition, 'status'>): boolean {
  return edition.status === 'open' || edition.status === 'closed';
}
