import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, MoreThan, Repository } from 'typeorm';
import { Edition } from './edition.entity';

const PUBLIC_STATUSES = In(['open', 'closed']);

@Injectable()
export class EditionsRepository {
  constructor(@InjectRepository(Edition) private readonly editions: Repository<Edition>) {}

  /** Open or closed editions whose second meeting has not ended, soonest first. */
  findPublicUpcoming(now: Date): Promise<Edition[]> {
    return this.editions.find({
      where: { status: PUBLIC_STATUSES, meeting2End: MoreThan(now) },
      order: { meeting1Start: 'ASC', id: 'ASC' },
    });
  }

  findBySlug(slug: string): Promise<Edition | null> {
    return this.editions.findOne({ where: { slug } });
  }

  count(): Promise<number> {
    return this.editions.count();
  }
}
