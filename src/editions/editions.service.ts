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
    const taken = await this.editions.countTakenPlaces(editions.map((e) => e.id));
    return editions.map((edition) => this.toPublic(edition, taken.get(edition.id) ?? 0));
  }

  async getPublic(slug: string): Promise<PublicEdition> {
    const edition = isValidSlug(slug) ? await this.editions.findBySlug(slug) : null;
    if (!edition || !canViewPublicPage(edition)) throw new NotFoundError();
    const taken = await this.editions.countTakenPlaces([edition.id]);
    return this.toPublic(edition, taken.get(edition.id) ?? 0);
  }

  private toPublic(edition: Edition, taken: number): PublicEdition {
    return {
      edition,
      placesLeft: placesLeft(edition, taken),
      walkIn1: walkInStart(edition.meeting1Start, edition.walkInMinutes),
      walkIn2: walkInStart(edition.meeting2Start, edition.walkInMinutes),
    };
  }
}
