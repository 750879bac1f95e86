import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, Repository } from 'typeorm';
import { CaseExtension } from './entities/case-extension.entity';
import { CaseReminder } from './entities/case-reminder.entity';
import { CaseSettings, DEFAULT_MAX_CASES } from './entities/case-settings.entity';

/** An edition's case settings, personal extensions of the deadline, and the reminders sent. */
@Injectable()
export class CaseSettingsRepository {
  constructor(@InjectRepository(CaseSettings) private readonly settings: Repository<CaseSettings>) {}

  async maxCases(editionId: number, manager?: EntityManager): Promise<number> {
    const row = await (manager ?? this.settings.manager).findOneBy(CaseSettings, { editionId });
    return row?.maxCasesPerParticipant ?? DEFAULT_MAX_CASES;
  }

  async setMaxCases(manager: EntityManager, editionId: number, maxCasesPerParticipant: number): Promise<void> {
    await manager.upsert(CaseSettings, { editionId, maxCasesPerParticipant }, ['editionId']);
  }

  extensionOf(enrolmentId: number, manager?: EntityManager): Promise<CaseExtension | null> {
    return (manager ?? this.settings.manager).findOneBy(CaseExtension, { enrolmentId });
  }

  async extensionsOf(enrolmentIds: number[]): Promise<Map<number, CaseExtension>> {
    if (enrolmentIds.length === 0) return new Map();
    const rows = await this.settings.manager.find(CaseExtension, { where: { enrolmentId: In(enrolmentIds) } });
    return new Map(rows.map((row) => [row.enrolmentId, row]));
  }

  async setExtension(manager: EntityManager, enrolmentId: number, until: Date, grantedById: number): Promise<void> {
    await manager.upsert(CaseExtension, { enrolmentId, until, grantedById }, ['enrolmentId']);
  }

  async removeExtension(manager: EntityManager, enrolmentId: number): Promise<void> {
    await manager.delete(CaseExtension, { enrolmentId });
  }

  /** The last reminder of each of these people, in one query. */
  async lastRemindersOf(enrolmentIds: number[]): Promise<Map<number, Date>> {
    if (enrolmentIds.length === 0) return new Map();
    const rows = await this.settings.manager.find(CaseReminder, { where: { enrolmentId: In(enrolmentIds) }, order: { sentAt: 'ASC' } });
    return new Map(rows.map((row) => [row.enrolmentId, row.sentAt]));
  }

  /** Records a reminder; false when this person already had one on this day. */
  async recordReminder(manager: EntityManager, reminder: Omit<CaseReminder, 'id'>): Promise<boolean> {
    if (await manager.existsBy(CaseReminder, { enrolmentId: reminder.enrolmentId, day: reminder.day })) return false;
    // orIgnore: of two trainers clicking at once, the second insert is dropped rather than failing.
    await manager.createQueryBuilder().insert().into(CaseReminder).values(reminder).orIgnore().updateEntity(false).execute();
    return true;
  }
}
