import type { Actor } from '../auth/actor';
import type { Enrolment } from '../enrolments/enrolment.entity';
import { isTrainer } from '../enrolments/enrolments.policy';

/*
 * Who may do what with an edition's theme list. `enrolment` is the actor's own enrolment.
 *
 *   rule               coordinator  trainer  participant  guest  others
 *   canManageThemes         ✓          ✓
 *
 * Everyone enrolled sees the themes where cases show them; that needs no rule of its own.
 */

export function canManageThemes(actor: Actor, enrolment: Enrolment | undefined): boolean {
  return actor.isCoordinator || isTrainer(enrolment);
}
