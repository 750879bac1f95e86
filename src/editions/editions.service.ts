import { Injectable } from '@nestjs/common';
import { NotFoundError } from '../common/errors/domain-errors';
import { Edition } from './edition.entity';
import { isValidSlug, placesLeft, walkInStart } from './edition-rules';
import { canViewPublicPage } from './editions.policy';
import { EditionsRepository } from './editions.repository';

export interface PublicEdition {
  edition: Edition;
  placesLeft: number;
  walkIn1: Date;
  walkIn2: Date;
}

@Injectable()
export class EditionsService {
  constructor(private readonly editions: EditionsRepository) {}

  async listUpcoming(now: Date = new Date()): Promise<PublicEdition[]> {
    const editions = await this.editions.findPublicUpcoming(now);
    return editions.map((edition) => this.toPublic(edition));
  }

  async getPublic(slug: string): Promise<PublicEdition> {
    const edition = isValidSlug(slug) ? await this.editions.findBySlug(slug) : null;
    if (!edition || !canViewPublicPage(edition)) throw new NotFoundError();
    return this.toPublic(edition);
  }

  private toPublic(edition: Edition): PublicEdition {
    return {
      edition,
      // Enrolments arrive with accounts; until then every place is free.
      placesLeft: placesLeft(edition, 0),
      walkIn1: walkInStart(edition.meeting1Start, edition.walkInMinutes),
      walkIn2: walkInStart(edition.meeting2Start, edition.walkInMinutes),
    };
  }
}
