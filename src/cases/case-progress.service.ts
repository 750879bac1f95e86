import { Inject, Injectable } from '@nestjs/common';
import type { Actor } from '../auth/actor';
import { ForbiddenError, NotFoundError } from '../common/errors/domain-errors';
import { type FieldErrors, parseForm } from '../common/forms/parse-form';
import { APP_CONFIG, type AppConfig, type Language } from '../config/app-config';
import { Transactions } from '../database/transactions';
import type { Edition } from '../editions/edition.entity';
import { EditionAccess } from '../enrolments/edition-access';
import type { Enrolment } from '../enrolments/enrolment.entity';
import { EnrolmentsRepository } from '../enrolments/enrolments.repository';
import { MailService } from '../mail/mail.service';
import { CaseAccessService } from './case-access';
import { CaseSettingsRepository } from './case-settings.repository';
import { deadlineView } from './case-views';
import { CasesRepository } from './cases.repository';
import { canFollowCaseProgress } from './cases.policy';
import { CaseSettingsForm } from './dto/progress.forms';
import { defaultCaseDeadline, effectiveDeadline } from './domain/deadline';
import { amsterdamDay, AuthorProgress, progressOf } from './domain/progress';
import type { Case, CaseStatus } from './entities/case.entity';

export interface ProgressRow {
  enrolmentId: number;
  name: string;
  organisation: string;
  invited: boolean;
  progress: AuthorProgress;
  deadline: ReturnType<typeof deadlineView>;
  lastReminder: Date | null;
  remindedToday: boolean;
  canRemind: boolean;
}

/**
 * The trainer's view of the cases: how many are in, how many drafts (counted, never read), who
 * has not submitted yet, reminders and the edition's case settings.
 */
@Injectable()
export class CaseProgressService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly access: CaseAccessService,
    private readonly enrolments: EnrolmentsRepository,
    private readonly cases: CasesRepository,
    private readonly settings: CaseSettingsRepository,
    private readonly mail: MailService,
    private readonly transactions: Transactions,
  ) {}

  async page(actor: Actor, slug: string, lang: Language, now = new Date(), form?: { values: Record<string, unknown>; errors: FieldErrors }) {
    const { edition } = await this.openForTrainer(actor, slug);
    const cases = await this.cases.findStatusesByEdition(edition.id);
    const rows = await this.rows(edition, cases, lang, now);
    const count = (status: CaseStatus) => cases.filter((c) => c.status === status).length;
    const max = await this.settings.maxCases(edition.id);
    return {
      edition,
      rows,
      counts: { submitted: count('submitted'), drafts: count('draft'), withdrawn: count('withdrawn'), waiting: rows.filter((r) => r.progress !== 'submitted').length },
      deadline: deadlineView(defaultCaseDeadline(edition), defaultCaseDeadline(edition), now, lang),
      anyToRemind: rows.some((r) => r.canRemind && !r.remindedToday),
      values: form?.values ?? { maxCasesPerParticipant: max },
      errors: form?.errors,
    };
  }

  /** Reminds one participant, or (without an id) everyone who can be reminded; at most once a day each. */
  async remind(actor: Actor, slug: string, enrolmentId: number | undefined, now = new Date()): Promise<{ sent: number; skipped: number }> {
    const { edition } = await this.openForTrainer(actor, slug);
    const people = (await this.participants(edition)).filter((p) => enrolmentId === undefined || p.id === enrolmentId);
    if (enrolmentId !== undefined && people.length === 0) throw new NotFoundError();
    const submitted = new Set((await this.cases.findStatusesByEdition(edition.id)).filter((c) => c.status === 'submitted').map((c) => c.authorId));
    const targets = people.filter((p) => p.status === 'active' && !submitted.has(p.userId));
    const extensions = await this.settings.extensionsOf(targets.map((p) => p.id));
    const day = amsterdamDay(now);
    return this.transactions.write(async (m) => {
      let sent = 0;
      for (const person of targets) {
        if (!(await this.settings.recordReminder(m, { enrolmentId: person.id, day, sentAt: now, sentById: actor.id }))) continue;
        const user = person.user!;
        await this.mail.queue(
          {
            to: { address: user.email, name: user.name },
            lang: user.language,
            template: 'case-reminder',
            model: {
              name: user.name,
              editionTitle: edition.title,
              deadline: effectiveDeadline(defaultCaseDeadline(edition), extensions.get(person.id)?.until),
              link: `${this.config.baseUrl}/leerateliers/${edition.slug}/mijn-casus`,
              trainerName: actor.name,
            },
            dedupeKey: `case-reminder:${person.id}:${day}`,
          },
          m,
        );
        sent++;
      }
      return { sent, skipped: people.length - sent };
    });
  }

  async saveSettings(actor: Actor, slug: string, body: unknown, lang: Language, now = new Date()) {
    const { edition } = await this.openForTrainer(actor, slug);
    const form = parseForm(CaseSettingsForm, body);
    if (!form.ok) return { ok: false as const, page: await this.page(actor, slug, lang, now, form) };
    await this.transactions.write((m) => this.settings.setMaxCases(m, edition.id, form.value.maxCasesPerParticipant));
    return { ok: true as const };
  }

  /** The permission check of every trainer page, also for CaseExtensionsService. */
  async openForTrainer(actor: Actor, slug: string): Promise<EditionAccess> {
    const access = await this.access.edition(actor, slug);
    if (!canFollowCaseProgress(actor, access.enrolment)) throw new ForbiddenError();
    return access;
  }

  /** Participants who hold a place (invited or active), with their accounts, in name order. */
  private async participants(edition: Edition): Promise<Enrolment[]> {
    return (await this.enrolments.findPeople(edition.id)).filter((p) => p.role === 'participant' && p.status !== 'withdrawn');
  }

  private async rows(edition: Edition, statuses: Pick<Case, 'authorId' | 'status'>[], lang: Language, now: Date): Promise<ProgressRow[]> {
    const people = await this.participants(edition);
    const ids = people.map((p) => p.id);
    const extensions = await this.settings.extensionsOf(ids);
    const reminders = await this.settings.lastRemindersOf(ids);
    const editionDeadline = defaultCaseDeadline(edition);
    const today = amsterdamDay(now);
    return people.map((p) => {
      const progress = progressOf(statuses.filter((c) => c.authorId === p.userId).map((c) => c.status));
      const lastReminder = reminders.get(p.id) ?? null;
      return {
        enrolmentId: p.id,
        name: p.user!.name,
        organisation: p.user!.organisation,
        invited: p.status === 'invited',
        progress,
        deadline: deadlineView(effectiveDeadline(editionDeadline, extensions.get(p.id)?.until), editionDeadline, now, lang),
        lastReminder,
        remindedToday: !!lastReminder && amsterdamDay(lastReminder) === today,
        canRemind: p.status === 'active' && progress !== 'submitted',
      };
    });
  }
}
