import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, Repository } from 'typeorm';
import type { MailPreference } from '../users/user.entity';
import { CommentMailSetting } from './entities/comment-mail-setting.entity';
import { CommentSettings, DEFAULT_FEEDBACK_PER_PARTICIPANT } from './entities/comment-settings.entity';

/** The edition's comment settings and each person's mail choice per edition. */
@Injectable()
export class CommentSettingsRepository {
  constructor(
    @InjectRepository(CommentSettings) private readonly settings: Repository<CommentSettings>,
    @InjectRepository(CommentMailSetting) private readonly mail: Repository<CommentMailSetting>,
  ) {}

  /** The edition's settings, or the defaults when it has none. */
  async of(editionId: number): Promise<Pick<CommentSettings, 'closesAt' | 'perParticipant'>> {
    const row = await this.settings.findOneBy({ editionId });
    return { closesAt: row?.closesAt ?? null, perParticipant: row?.perParticipant ?? DEFAULT_FEEDBACK_PER_PARTICIPANT };
  }

  async save(manager: EntityManager, editionId: number, fields: Pick<CommentSettings, 'closesAt' | 'perParticipant'>): Promise<void> {
    await manager.upsert(CommentSettings, { editionId, ...fields }, ['editionId']);
  }

  /** The choices made, by enrolment; enrolments without one are absent. */
  async mailPreferencesOf(enrolmentIds: readonly number[], manager?: EntityManager): Promise<Map<number, MailPreference>> {
    if (enrolmentIds.length === 0) return new Map();
    const rows = await (manager ?? this.mail.manager).find(CommentMailSetting, { where: { enrolmentId: In([...enrolmentIds]) } });
    return new Map(rows.map((row) => [row.enrolmentId, row.preference]));
  }

  async saveMailPreference(manager: EntityManager, enrolmentId: number, preference: MailPreference): Promise<void> {
    await manager.upsert(CommentMailSetting, { enrolmentId, preference }, ['enrolmentId']);
  }
}
