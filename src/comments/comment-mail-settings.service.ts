import { Injectable } from '@nestjs/common';
import type { Actor } from '../auth/actor';
import { ForbiddenError } from '../common/errors/domain-errors';
import { FormResult, parseForm } from '../common/forms/parse-form';
import { Transactions } from '../database/transactions';
import { EditionAccessService } from '../enrolments/edition-access';
import { UsersRepository } from '../users/users.repository';
import type { MailPreference } from '../users/user.entity';
import { CommentSettingsRepository } from './comment-settings.repository';
import { canChooseCommentMail } from './comments.policy';
import { DIGEST_HOUR } from './domain/digest-schedule';
import { MailPreferenceForm } from './dto/comment.forms';
import { MAIL_PREFERENCES, MailPreferences } from './mail-preferences';

/** Each person chooses, per edition, how they hear about comments: at once, once a day, or not. */
@Injectable()
export class CommentMailSettingsService {
  constructor(
    private readonly editions: EditionAccessService,
    private readonly users: UsersRepository,
    private readonly settings: CommentSettingsRepository,
    private readonly preferences: MailPreferences,
    private readonly transactions: Transactions,
  ) {}

  async page(actor: Actor, slug: string, refused?: FormResult<never>) {
    const { edition, enrolment } = await this.editions.open(actor, slug);
    if (!canChooseCommentMail(enrolment)) throw new ForbiddenError();
    const user = await this.users.findById(actor.id);
    const current = await this.preferences.of(enrolment!, { mailPreference: user?.mailPreference ?? 'digest' });
    const chosen = refused ? String(refused.values.preference ?? '') : current;
    return {
      edition,
      options: MAIL_PREFERENCES.map((value) => ({ value, checked: value === chosen })),
      digestHour: `${DIGEST_HOUR}.00`,
      errors: refused && !refused.ok ? refused.errors : null,
    };
  }

  async save(actor: Actor, slug: string, body: unknown): Promise<{ ok: true } | { ok: false; result: FormResult<never> }> {
    const { enrolment } = await this.editions.open(actor, slug);
    if (!canChooseCommentMail(enrolment)) throw new ForbiddenError();
    const form = parseForm(MailPreferenceForm, body);
    if (!form.ok) return { ok: false, result: form };
    await this.transactions.write((m) => this.settings.saveMailPreference(m, enrolment!.id, form.value.preference as MailPreference));
    return { ok: true };
  }
}
