import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { Enrolment } from '../enrolments/enrolment.entity';
import type { MailPreference, User } from '../users/user.entity';
import { CommentSettingsRepository } from './comment-settings.repository';

export const MAIL_PREFERENCES: readonly MailPreference[] = ['immediate', 'digest', 'none'];

/**
 * How a person hears about comments in an edition: their choice for that edition, or else the
 * default of their account (a daily digest unless they changed it).
 */
@Injectable()
export class MailPreferences {
  constructor(private readonly settings: CommentSettingsRepository) {}

  async of(enrolment: Enrolment, user: Pick<User, 'mailPreference'>, manager?: EntityManager): Promise<MailPreference> {
    return (await this.settings.mailPreferencesOf([enrolment.id], manager)).get(enrolment.id) ?? user.mailPreference;
  }

  /** For many people at once: enrolment id → preference. */
  async ofMany(people: readonly { enrolment: Enrolment; user: Pick<User, 'mailPreference'> }[]): Promise<Map<number, MailPreference>> {
    const chosen = await this.settings.mailPreferencesOf(people.map((p) => p.enrolment.id));
    return new Map(people.map((p) => [p.enrolment.id, chosen.get(p.enrolment.id) ?? p.user.mailPreference]));
  }
}
