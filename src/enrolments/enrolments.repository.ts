import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, Not, Repository } from 'typeorm';
import { Enrolment, EnrolmentRole } from './enrolment.entity';

@Injectable()
export class EnrolmentsRepository {
  constructor(@InjectRepository(Enrolment) private readonly enrolments: Repository<Enrolment>) {}

  findOf(editionId: number, userId: number): Promise<Enrolment | null> {
    return this.enrolments.findOneBy({ editionId, userId });
  }

  findById(id: number): Promise<Enrolment | null> {
    return this.enrolments.findOne({ where: { id }, relations: { user: true, edition: true } });
  }

  /** A person's current enrolments with their editions, soonest edition first. */
  findCurrentOfUser(userId: number): Promise<Enrolment[]> {
    return this.enrolments.find({
      where: { userId, status: Not('withdrawn') },
      relations: { edition: true },
      order: { edition: { meeting1Start: 'ASC' } },
    });
  }

  /** Everyone in an edition with their account, for the people page (one query). */
  findPeople(editionId: number): Promise<Enrolment[]> {
    return this.enrolments.find({ where: { editionId }, relations: { user: true }, order: { role: 'DESC', user: { name: 'ASC' } } });
  }

  /** Participants holding a place (invited or active), per edition, in one query. */
  async countParticipants(editionIds: number[], manager?: EntityManager): Promise<Map<number, number>> {
    const counts = new Map<number, number>(editionIds.map((id) => [id, 0]));
    if (editionIds.length === 0) return counts;
    const rows: { editionId: number; count: string | number }[] = await (manager ?? this.enrolments.manager)
      .createQueryBuilder(Enrolment, 'e')
      .select('e.editionId', 'editionId')
      .addSelect('COUNT(*)', 'count')
      .where({ editionId: In(editionIds), role: 'participant', status: In(['invited', 'active']) })
      .groupBy('e.editionId')
      .getRawMany();
    for (const row of rows) counts.set(Number(row.editionId), Number(row.count));
    return counts;
  }

  async create(manager: EntityManager, fields: { editionId: number; userId: number; role: EnrolmentRole; lunch?: boolean }): Promise<Enrolment> {
    return manager.save(Enrolment, manager.create(Enrolment, { status: 'invited', lunch: false, ...fields }));
  }

  async update(manager: EntityManager, id: number, fields: Partial<Enrolment>): Promise<void> {
    await manager.update(Enrolment, id, fields);
  }

  async recordVisit(manager: EntityManager, id: number, at: Date): Promise<void> {
    await manager.update(Enrolment, id, { lastVisitAt: at });
  }
}
