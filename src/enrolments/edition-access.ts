import { Injectable } from '@nestjs/common';
import type { Actor } from '../auth/actor';
import { NotFoundError } from '../common/errors/domain-errors';
import { Edition } from '../editions/edition.entity';
import { isValidSlug } from '../editions/edition-rules';
import { EditionsRepository } from '../editions/editions.repository';
import { Enrolment } from './enrolment.entity';
import { canSeeEdition } from './enrolments.policy';
import { EnrolmentsRepository } from './enrolments.repository';

export interface EditionAccess {
  actor: Actor;
  edition: Edition;
  /** The actor's own enrolment in this edition, if any. */
  enrolment: Enrolment | undefined;
}

/**
 * Opens an edition for a logged-in person. Someone not enrolled gets the same 404 as for an
 * edition that does not exist, so the page does not even confirm that it exists.
 */
@Injectable()
export class EditionAccessService {
  constructor(
    private readonly editions: EditionsRepository,
    private readonly enrolments: EnrolmentsRepository,
  ) {}

  async open(actor: Actor, slug: string): Promise<EditionAccess> {
    const edition = isValidSlug(slug) ? await this.editions.findBySlug(slug) : null;
    if (!edition) throw new NotFoundError();
    const enrolment = (await this.enrolments.findOf(edition.id, actor.id)) ?? undefined;
    if (!canSeeEdition(actor, enrolment)) throw new NotFoundError();
    return { actor, edition, enrolment };
  }
}
