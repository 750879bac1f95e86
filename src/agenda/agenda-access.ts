import { Injectable } from '@nestjs/common';
import type { Actor } from '../auth/actor';
import { ForbiddenError } from '../common/errors/domain-errors';
import { EditionAccess, EditionAccessService } from '../enrolments/edition-access';
import { canEditAgenda, canPublishAgenda, canReadPublishedAgenda } from './agenda.policy';

/**
 * Opens an edition for one kind of agenda use, asking the policy first. Someone not enrolled
 * gets the 404 of EditionAccessService; someone enrolled without the right a 403.
 */
@Injectable()
export class AgendaAccess {
  constructor(private readonly editions: EditionAccessService) {}

  forReading(actor: Actor, slug: string): Promise<EditionAccess> {
    return this.open(actor, slug, canReadPublishedAgenda);
  }

  forEditing(actor: Actor, slug: string): Promise<EditionAccess> {
    return this.open(actor, slug, canEditAgenda);
  }

  forPublishing(actor: Actor, slug: string): Promise<EditionAccess> {
    return this.open(actor, slug, canPublishAgenda);
  }

  private async open(actor: Actor, slug: string, rule: (actor: Actor, enrolment: EditionAccess['enrolment']) => boolean): Promise<EditionAccess> {
    const access = await this.editions.open(actor, slug);
    if (!rule(actor, access.enrolment)) throw new ForbiddenError();
    return access;
  }
}
