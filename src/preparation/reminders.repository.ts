import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, Repository } from 'typeorm';
import { Edition, EditionStatus } from '../editions/edition.entity';
import { Enrolment } from '../enrolments/enrolment.entity';
import { PreparationReminder } from './entities/preparation-reminder.entity';

/** Editions still running; a draft edition has nobody to remind, an archived one is over. */
const RUNNING: EditionStatus[] = ['open', 'closed'];

@Injectable()
export class RemindersRepository {
  constructor(
    @InjectRepository(PreparationReminder) private readonly reminders: Repository<PreparationReminder>,
    @InjectRepository(Edition) private readonly editions: Repository<Edition>,
    @InjectRepository(Enrolment) private readonly enrolments: Repository<Enrolment>,
  ) {}

  /**
   * Records a reminder unless one of the same kind (and day) exists for this person; false
   * then. Of two app instances racing, the second insert is ignored by the unique index rather
   * than failing its whole transaction, and the mail's dedupe key drops its mail.
   */
  async record(manager: EntityManager, reminder: Omit<PreparationReminder, 'id'>): Promise<boolean> {
    const { enrolmentId, kind, day } = reminder;
    if (await manager.existsBy(PreparationReminder, { enrolmentId, kind, day })) return false;
    await manager.createQueryBuilder().insert().into(PreparationReminder).values(reminder).orIgnore().updateEntity(false).execute();
    return true;
  }

  /** The most recent reminder per person, of either kind. */
  async lastRemindersOf(enrolmentIds: number[]): Promise<Map<number, Date>> {
    const last = new Map<number, Date>();
    if (enrolmentIds.length === 0) return last;
    const rows = await this.reminders.find({ where: { enrolmentId: In(enrolmentIds) }, order: { sentAt: 'ASC' } });
    for (const row of rows) last.set(row.enrolmentId, row.sentAt);
    return last;
  }

  findRunningEditions(ids: number[]): Promise<Edition[]> {
    return ids.length === 0 ? Promise.resolve([]) : this.editions.findBy({ id: In(ids), status: In(RUNNING) });
  }

  /** Active participants of these editions with their accounts, in one query. */
  findActiveParticipants(editionIds: number[]): Promise<Enrolment[]> {
    if (editionIds.length === 0) return Promise.resolve([]);
    return this.enrolments.find({
      where: { editionId: In(editionIds), role: 'participant', status: 'active' },
      relations: { user: true },
      order: { id: 'ASC' },
    });
  }
}
