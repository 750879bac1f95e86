import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { isLanguage } from '../common/i18n/i18n';
import type { Edition } from '../editions/edition.entity';
import type { SignUp } from '../enrolments/sign-up.entity';
import { MailService } from '../mail/mail.service';

/**
 * The mails of signing up, each queued in the caller's transaction so that it exists exactly
 * when the change it reports does. They go out in the language the person used to sign up.
 */
@Injectable()
export class SignUpMails {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly mail: MailService,
  ) {}

  /** "We have your sign-up": with a place for approval, or a place on the waiting list. */
  received(manager: EntityManager, edition: Edition, signUp: SignUp, place: number | null, withdrawToken: string): Promise<void> {
    return this.send(manager, edition, signUp, 'sign-up-received', {
      status: signUp.status,
      place,
      withdrawLink: `${this.config.baseUrl}/aanmelding/${withdrawToken}/intrekken`,
    });
  }

  /** A place came free: the person left the waiting list and now waits for approval. */
  movedUp(manager: EntityManager, edition: Edition, signUp: SignUp): Promise<void> {
    return this.send(manager, edition, signUp, 'sign-up-moved-up', {});
  }

  declined(manager: EntityManager, edition: Edition, signUp: SignUp): Promise<void> {
    return this.send(manager, edition, signUp, 'sign-up-declined', { editionsLink: `${this.config.baseUrl}/` });
  }

  private send(manager: EntityManager, edition: Edition, signUp: SignUp, template: string, extra: Record<string, unknown>): Promise<void> {
    return this.mail.queue(
      {
        to: { address: signUp.email, name: signUp.name },
        lang: isLanguage(signUp.language) ? signUp.language : this.config.defaultLanguage,
        template,
        model: {
          name: signUp.name,
          editionTitle: edition.title,
          meeting1Start: edition.meeting1Start,
          meeting2Start: edition.meeting2Start,
          ...extra,
        },
        // Each of these happens once in a sign-up's life; a caller that runs twice mails once.
        dedupeKey: `${template}:${signUp.id}`,
      },
      manager,
    );
  }
}
