import { Injectable } from '@nestjs/common';
import type { Actor } from '../auth/actor';
import { DomainError, ForbiddenError } from '../common/errors/domain-errors';
import { EditionAccess, EditionAccessService } from '../enrolments/edition-access';
import type { Enrolment } from '../enrolments/enrolment.entity';
import { isOpen, isShared, preparationDeadline } from './domain/preparation-deadline';
import type { PreparationSettings } from './entities/preparation-settings.entity';
import type { PreparationFacts } from './preparation.policy';
import { QuestionsRepository } from './questions.repository';

export type PreparationRule = (actor: Actor, enrolment: Enrolment | undefined, facts: PreparationFacts) => boolean;

export interface OpenPreparation extends EditionAccess {
  settings: PreparationSettings | null;
  deadline: Date;
  facts: PreparationFacts;
}

/**
 * Opens an edition's preparation for a person and asks the policy by name. Not enrolled: the
 * same 404 as for an edition that does not exist; enrolled but not allowed: 403. Three queries.
 */
@Injectable()
export class PreparationAccess {
  constructor(
    private readonly editions: EditionAccessService,
    private readonly questions: QuestionsRepository,
  ) {}

  async open(actor: Actor, slug: string, rule: PreparationRule, now: Date, refusal: () => DomainError = () => new ForbiddenError()): Promise<OpenPreparation> {
    const access = await this.editions.open(actor, slug);
    const settings = await this.questions.findSettings(access.edition.id);
    const deadline = preparationDeadline(access.edition, settings);
    const facts = { open: isOpen(now, deadline), shared: isShared(settings, now, deadline) };
    if (!rule(actor, access.enrolment, facts)) throw refusal();
    return { ...access, settings, deadline, facts };
  }
}
