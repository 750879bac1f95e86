import { Inject, Injectable, Logger } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { Actor } from '../auth/actor';
import { NotFoundError } from '../common/errors/domain-errors';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { Transactions } from '../database/transactions';
import type { Edition } from '../editions/edition.entity';
import type { Enrolment } from '../enrolments/enrolment.entity';
import { EnrolmentsRepository } from '../enrolments/enrolments.repository';
import { MailService } from '../mail/mail.service';
import { AnswersRepository } from './answers.repository';
import { amsterdamDay } from './domain/amsterdam-day';
import { DEFAULT_REMINDER_DAYS, isReminderDue, preparationDeadline } from './domain/preparation-deadline';
import type { ReminderKind } from './entities/preparation-reminder.entity';
import { RemindAfterDeadlineError } from './preparation-errors';
import { PreparationAccess } from './preparation-access';
import { canFollowAnswers, canRemind } from './preparation.policy';
import { QuestionsRepository } from './questions.repository';
import { RemindersRepository } from './reminders.repository';

/**
 * Reminder mails to participants who have not submitted their answers: the automatic one a
 * set number of days before the deadline, and the trainer's (at most once a day per person).
 * Each goes in the recipient's own language. The automatic one goes once per person, also when
 * the deadline is moved later afterwards; the trainer can then remind by hand.
 */
@Injectable()
export class PreparationRemindersService {
  private readonly logger = new Logger('Preparation');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly access: PreparationAccess,
    private readonly questions: QuestionsRepository,
    private readonly answers: AnswersRepository,
    private readonly enrolments: EnrolmentsRepository,
    private readonly reminders: RemindersRepository,
    private readonly mail: MailService,
    private readonly transactions: Transactions,
  ) {}

  /** The trainer's button: one person, or (without an id) everyone active who has not submitted. */
  async remind(actor: Actor, slug: string, enrolmentId: number | undefined, now = new Date()): Promise<number> {
    const prep = await this.access.open(actor, slug, canFollowAnswers, now);
    if (!canRemind(actor, prep.enrolment, prep.facts)) throw new RemindAfterDeadlineError();
    const people = (await this.enrolments.findPeople(prep.edition.id)).filter((p) => p.role === 'participant' && p.status === 'active');
    const chosen = enrolmentId === undefined ? people : people.filter((p) => p.id === enrolmentId);
    if (enrolmentId !== undefined && chosen.length === 0) throw new NotFoundError();
    const targets = await this.notSubmitted(chosen);
    const day = amsterdamDay(now);
    return this.transactions.write(async (m) => {
      let sent = 0;
      for (const person of targets) {
        if (await this.send(m, prep.edition, prep.deadline, person, 'trainer', day, now, actor)) sent++;
      }
      return sent;
    });
  }

  /**
   * Sends the automatic reminders that are due at `now`; the scheduled job calls this. Safe to
   * run any number of times, also by several app instances at once: each person gets one.
   */
  async sendDueReminders(now = new Date()): Promise<number> {
    const withQuestions = await this.questions.editionsWithQuestions();
    const editions = await this.reminders.findRunningEditions([...withQuestions]);
    const settings = new Map((await this.questions.findSettingsOf(editions.map((e) => e.id))).map((s) => [s.editionId, s]));
    const due = editions
      .map((edition) => ({ edition, deadline: preparationDeadline(edition, settings.get(edition.id) ?? null) }))
      .filter(({ edition, deadline }) => isReminderDue(now, deadline, settings.get(edition.id)?.reminderDays ?? DEFAULT_REMINDER_DAYS));
    if (due.length === 0) return 0;
    const people = await this.notSubmitted(await this.reminders.findActiveParticipants(due.map((d) => d.edition.id)));
    let sent = 0;
    for (const { edition, deadline } of due) {
      const targets = people.filter((p) => p.editionId === edition.id);
      // One transaction per edition: a broken mail for one edition does not hold back the others.
      sent += await this.transactions
        .write(async (m) => {
          let count = 0;
          for (const person of targets) if (await this.send(m, edition, deadline, person, 'automatic', '', now)) count++;
          return count;
        })
        .catch((error: unknown) => {
          this.logger.error(`Reminders for edition ${edition.id} failed: ${error instanceof Error ? error.message : String(error)}`);
          return 0;
        });
    }
    return sent;
  }

  private async notSubmitted(people: Enrolment[]): Promise<Enrolment[]> {
    const submitted = new Set((await this.answers.findResponsesOf(people.map((p) => p.id))).filter((r) => r.status === 'submitted').map((r) => r.enrolmentId));
    return people.filter((p) => !submitted.has(p.id));
  }

  private async send(m: EntityManager, edition: Edition, deadline: Date, person: Enrolment, kind: ReminderKind, day: string, now: Date, by?: Actor): Promise<boolean> {
    if (!(await this.reminders.record(m, { enrolmentId: person.id, kind, day, sentAt: now, sentById: by?.id ?? null }))) return false;
    const user = person.user!;
    await this.mail.queue(
      {
        to: { address: user.email, name: user.name },
        lang: user.language,
        template: 'preparation-reminder',
        model: { name: user.name, editionTitle: edition.title, deadline, link: `${this.config.baseUrl}/leerateliers/${edition.slug}/voorbereiding`, trainerName: by?.name ?? null },
        dedupeKey: kind === 'automatic' ? `preparation-reminder:${person.id}` : `preparation-reminder:${person.id}:${day}`,
      },
      m,
    );
    return true;
  }
}
