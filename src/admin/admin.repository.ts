import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, Like, Not, Repository } from 'typeorm';
import { Edition } from '../editions/edition.entity';
import { Enrolment } from '../enrolments/enrolment.entity';
import { SignUp } from '../enrolments/sign-up.entity';
import type { EditionSettings } from './edition-form-rules';

/** The queries of the coordinators' pages. Changes run in the EntityManager of the caller's transaction. */
@Injectable()
export class AdminRepository {
  constructor(
    @InjectRepository(Edition) private readonly editions: Repository<Edition>,
    @InjectRepository(SignUp) private readonly signUps: Repository<SignUp>,
    @InjectRepository(Enrolment) private readonly enrolments: Repository<Enrolment>,
  ) {}

  /** Every edition, whatever its status; the latest first meeting on top. */
  listEditions(): Promise<Edition[]> {
    return this.editions.find({ order: { meeting1Start: 'DESC', id: 'DESC' } });
  }

  findEditionBySlug(slug: string, manager?: EntityManager): Promise<Edition | null> {
    return (manager ?? this.editions.manager).findOneBy(Edition, { slug });
  }

  /** Sign-ups waiting for a coordinator's decision, per edition, in one query. */
  async countPendingSignUps(editionIds: number[]): Promise<Map<number, number>> {
    const counts = new Map<number, number>(editionIds.map((id) => [id, 0]));
    if (editionIds.length === 0) return counts;
    const rows: { editionId: number; count: string | number }[] = await this.signUps
      .createQueryBuilder('s')
      .select('s.editionId', 'editionId')
      .addSelect('COUNT(*)', 'count')
      .where({ editionId: In(editionIds), status: 'pending' })
      .groupBy('s.editionId')
      .getRawMany();
    for (const row of rows) counts.set(Number(row.editionId), Number(row.count));
    return counts;
  }

  /**
   * The slugs that are `base` or `base-…`, so that a free `base-N` can be picked; the edition
   * being edited does not count. Slugs hold no LIKE wildcards (see isValidSlug).
   */
  async slugsLike(manager: EntityManager, base: string, exceptId?: number): Promise<Set<string>> {
    const notSelf = exceptId === undefined ? {} : { id: Not(exceptId) };
    const rows = await manager.find(Edition, {
      select: { slug: true },
      where: [{ slug: base, ...notSelf }, { slug: Like(`${base}-%`), ...notSelf }],
    });
    return new Set(rows.map((row) => row.slug));
  }

  async insertEdition(manager: EntityManager, fields: EditionSettings & { slug: string }): Promise<Edition> {
    return manager.save(Edition, manager.create(Edition, fields));
  }

  async updateEdition(manager: EntityManager, id: number, fields: Partial<EditionSettings> & { slug?: string }): Promise<void> {
    await manager.update(Edition, id, fields);
  }

  /** The edition's current trainers with their accounts, by name. */
  findTrainers(editionId: number): Promise<Enrolment[]> {
    return this.enrolments.find({
      where: { editionId, role: 'trainer', status: Not('withdrawn') },
      relations: { user: true },
      order: { user: { name: 'ASC' } },
    });
  }
}
