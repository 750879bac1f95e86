import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, MoreThan, Repository } from 'typeorm';
import { Enrolment } from '../enrolments/enrolment.entity';
import { SignUp } from '../enrolments/sign-up.entity';
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

  /**
   * Places taken per edition: participants holding a place (invited or active) plus sign-ups
   * waiting for the coordinator's decision, who keep their place until then. Two grouped
   * queries, whatever the number of editions.
   */
  async countTakenPlaces(editionIds: number[], manager: EntityManager = this.editions.manager): Promise<Map<number, number>> {
    const taken = new Map<number, number>(editionIds.map((id) => [id, 0]));
    if (editionIds.length === 0) return taken;
    const groups = [
      manager
        .createQueryBuilder(Enrolment, 'e')
        .select('e.editionId', 'editionId')
        .addSelect('COUNT(*)', 'count')
        .where({ editionId: In(editionIds), role: 'participant', status: In(['invited', 'active']) })
        .groupBy('e.editionId'),
      manager
        .createQueryBuilder(SignUp, 's')
        .select('s.editionId', 'editionId')
        .addSelect('COUNT(*)', 'count')
        .where({ editionId: In(editionIds), status: 'pending' })
        .groupBy('s.editionId'),
    ];
    for (const rows of await Promise.all(groups.map((q) => q.getRawMany<{ editionId: number; count: string | number }>()))) {
      for (const row of rows) taken.set(Number(row.editionId), (taken.get(Number(row.editionId)) ?? 0) + Number(row.count));
    }
    return taken;
  }
}
