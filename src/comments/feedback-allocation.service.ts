import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { Actor } from '../auth/actor';
import { CasesRepository } from '../cases/cases.repository';
import { ForbiddenError } from '../common/errors/domain-errors';
import { parseAmsterdamInput } from '../common/dates/amsterdam-time';
import { fieldError, FormResult, parseForm } from '../common/forms/parse-form';
import { Transactions } from '../database/transactions';
import type { Edition } from '../editions/edition.entity';
import { EditionAccessService } from '../enrolments/edition-access';
import type { Enrolment } from '../enrolments/enrolment.entity';
import { EnrolmentsRepository } from '../enrolments/enrolments.repository';
import { MailService } from '../mail/mail.service';
import { CommentLinks } from './comment-links';
import { CommentSettingsRepository } from './comment-settings.repository';
import { canManageFeedback } from './comments.policy';
import { allocateFeedback } from './domain/allocate-feedback';
import { AllocationForm, WindowForm } from './dto/feedback.forms';
import { FeedbackRepository } from './feedback.repository';
import { MailPreferences } from './mail-preferences';

export type SettingsOutcome = { ok: true; count?: number } | { ok: false; result: FormResult<never> };

/**
 * The trainer hands out feedback: each participant gets N cases of others (see
 * allocateFeedback), and hears of them by mail unless they chose no mail. A new allocation
 * replaces the previous one; feedback already written still counts, as it is read from the
 * comments. Also the edition's commenting window.
 */
@Injectable()
export class FeedbackAllocationService {
  constructor(
    private readonly editions: EditionAccessService,
    private readonly enrolments: EnrolmentsRepository,
    private readonly cases: CasesRepository,
    private readonly settings: CommentSettingsRepository,
    private readonly feedback: FeedbackRepository,
    private readonly preferences: MailPreferences,
    private readonly links: CommentLinks,
    private readonly mail: MailService,
    private readonly transactions: Transactions,
  ) {}

  async allocate(actor: Actor, slug: string, body: unknown, now = new Date()): Promise<SettingsOutcome> {
    const { edition, enrolment } = await this.editions.open(actor, slug);
    if (!canManageFeedback(actor, enrolment)) throw new ForbiddenError();
    const form = parseForm(AllocationForm, body);
    if (!form.ok) return { ok: false, result: form };
    const participants = (await this.enrolments.findPeople(edition.id)).filter((p) => p.role === 'participant' && p.status === 'active' && p.user);
    const cases = await this.cases.findSubmittedByEdition(edition.id);
    const { assignments } = allocateFeedback({
      participants: participants.map((p) => ({ id: p.id, organisation: p.user!.organisation, caseId: cases.find((c) => c.authorId === p.userId)?.id ?? null })),
      cases: cases.map((c) => ({ id: c.id, authorIds: [participants.find((p) => p.userId === c.authorId)?.id ?? -c.authorId] })),
      perParticipant: form.value.perParticipant,
      seed: `${edition.id}:${now.getTime()}`,
    });
    const preferences = await this.preferences.ofMany(participants.map((p) => ({ enrolment: p, user: p.user! })));
    const rows = assignments.flatMap((a) => a.caseIds.map((caseId) => ({ editionId: edition.id, enrolmentId: Number(a.participantId), caseId: Number(caseId), createdAt: now })));
    const { closesAt } = await this.settings.of(edition.id);
    await this.transactions.write(async (m) => {
      await this.settings.save(m, edition.id, { closesAt, perParticipant: form.value.perParticipant });
      await this.feedback.replaceForEdition(m, edition.id, rows);
      for (const person of participants) {
        const given = rows.filter((r) => r.enrolmentId === person.id).map((r) => cases.find((c) => c.id === r.caseId)!);
        if (given.length === 0 || preferences.get(person.id) === 'none') continue;
        await this.tell(m, edition, person, given.map((c) => ({ title: c.currentVersion?.title ?? c.title, link: this.links.caseComments(edition.slug, c.id) })), now);
      }
    });
    return { ok: true, count: rows.length };
  }

  async saveWindow(actor: Actor, slug: string, body: unknown): Promise<SettingsOutcome> {
    const { edition, enrolment } = await this.editions.open(actor, slug);
    if (!canManageFeedback(actor, enrolment)) throw new ForbiddenError();
    const form = parseForm(WindowForm, body);
    if (!form.ok) return { ok: false, result: form };
    const { closesDate, closesTime } = form.value;
    const closesAt = closesDate === '' && closesTime === '' ? null : parseAmsterdamInput(closesDate, closesTime);
    if (closesAt === undefined) return { ok: false, result: fieldError('closesDate', 'comments.feedback.errors.closesAt', form.values) };
    const { perParticipant } = await this.settings.of(edition.id);
    await this.transactions.write((m) => this.settings.save(m, edition.id, { closesAt, perParticipant }));
    return { ok: true };
  }

  private async tell(m: EntityManager, edition: Edition, person: Enrolment, cases: { title: string; link: string }[], now: Date): Promise<void> {
    const user = person.user!;
    await this.mail.queue(
      {
        to: { address: user.email, name: user.name },
        lang: user.language,
        template: 'comment-assignments',
        model: { name: user.name, editionTitle: edition.title, cases, link: this.links.assignments(edition.slug), settingsLink: this.links.mailSettings(edition.slug) },
        dedupeKey: `feedback-assignments:${person.id}:${now.getTime()}`,
      },
      m,
    );
  }
}
