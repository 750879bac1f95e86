import { Injectable } from '@nestjs/common';
import type { Actor } from '../auth/actor';
import { toDutchCsv } from '../common/csv/dutch-csv';
import { formatDateTime } from '../common/dates/format-dates';
import { translate } from '../common/i18n/i18n';
import type { Language } from '../config/app-config';
import { Transactions } from '../database/transactions';
import { EnrolmentsRepository } from '../enrolments/enrolments.repository';
import { AnswersRepository } from './answers.repository';
import { buildOverview } from './answer-overview';
import { NotSharedError, ShareBeforeDeadlineError } from './preparation-errors';
import { OpenPreparation, PreparationAccess } from './preparation-access';
import { canFollowAnswers, canManagePreparation, canReadGroupAnswers, canRemind, canShareAnswers } from './preparation.policy';
import { deadlineView, versionIndex } from './preparation-views';
import { QuestionsRepository } from './questions.repository';
import { RemindersRepository } from './reminders.repository';

export type OverviewView = 'vraag' | 'persoon';

/**
 * Reading the answers: the trainer's overview (per question, per person, who has not
 * answered), its CSV and print versions, and the group's page once the answers are shared.
 * Each page loads in a fixed number of queries, whatever the number of people.
 */
@Injectable()
export class PreparationOverviewService {
  constructor(
    private readonly access: PreparationAccess,
    private readonly questions: QuestionsRepository,
    private readonly answers: AnswersRepository,
    private readonly enrolments: EnrolmentsRepository,
    private readonly reminders: RemindersRepository,
    private readonly transactions: Transactions,
  ) {}

  async overview(actor: Actor, slug: string, view: unknown, lang: Language, now = new Date()) {
    const prep = await this.access.open(actor, slug, canFollowAnswers, now);
    const overview = await this.load(prep);
    const lastReminders = await this.reminders.lastRemindersOf(overview.people.map((p) => p.enrolmentId));
    const remindable = canRemind(actor, prep.enrolment, prep.facts);
    const waiting = overview.people
      .filter((p) => p.status !== 'submitted')
      .map((p) => ({ ...p, lastReminder: lastReminders.get(p.enrolmentId) ?? null, canRemind: remindable && !p.invited }));
    return {
      edition: prep.edition,
      deadline: deadlineView(prep.deadline, prep.facts.open, now, lang),
      view: view === 'persoon' ? 'persoon' : 'vraag',
      ...overview,
      waiting,
      anyToRemind: waiting.some((p) => p.canRemind),
      canShare: canShareAnswers(actor, prep.enrolment, prep.facts),
      sharedAt: prep.facts.shared ? prep.settings!.sharedAt : null,
      sharedLater: !!prep.settings?.sharedAt && !prep.facts.shared,
    };
  }

  async print(actor: Actor, slug: string, view: unknown, lang: Language, now = new Date()) {
    const prep = await this.access.open(actor, slug, canFollowAnswers, now);
    return {
      edition: prep.edition,
      deadline: deadlineView(prep.deadline, prep.facts.open, now, lang),
      view: view === 'persoon' ? 'persoon' : 'vraag',
      printedAt: now,
      ...(await this.load(prep)),
    };
  }

  /** The group's answers: for trainers always, for participants and guests once shared. */
  async group(actor: Actor, slug: string, now = new Date()) {
    const prep = await this.access.open(actor, slug, canReadGroupAnswers, now, () => new NotSharedError());
    const overview = await this.load(prep);
    return { edition: prep.edition, shared: prep.facts.shared, byQuestion: overview.byQuestion.filter((q) => !q.removed) };
  }

  /**
   * One row per answer to a question as it was answered: the wording and its version, so a
   * changed question cannot be misread in Excel. People without submitted answers get one row.
   */
  async csv(actor: Actor, slug: string, lang: Language, now = new Date()): Promise<{ filename: string; csv: string }> {
    const prep = await this.access.open(actor, slug, canFollowAnswers, now);
    const { people, byPerson } = await this.load(prep);
    const t = (key: string, params?: Record<string, unknown>) => translate(lang, `preparation.csv.${key}`, params);
    const header = ['name', 'organisation', 'jobTitle', 'status', 'submittedAt', 'number', 'question', 'version', 'answer'].map((k) => t(k));
    const answered = new Map(byPerson.map((p) => [p.person.enrolmentId, p.answers]));
    const rows = people.flatMap((person) => {
      const base = [person.name, person.organisation, person.jobTitle, translate(lang, `preparation.status.${person.status}`), person.submittedAt ? formatDateTime(person.submittedAt, lang) : ''];
      const answers = answered.get(person.enrolmentId);
      if (!answers) return [[...base, '', '', '', '']];
      return answers.map((a) => [
        ...base,
        a.question.number ?? '',
        `${a.earlier?.text ?? a.question.text}${a.question.removed ? ` ${t('removed')}` : ''}`,
        t('versionOf', { number: a.earlier?.number ?? a.question.version, current: a.question.version }),
        a.text,
      ]);
    });
    return { filename: `voorbereiding-${prep.edition.slug}.csv`, csv: toDutchCsv(header, rows) };
  }

  async share(actor: Actor, slug: string, now = new Date()): Promise<void> {
    const prep = await this.access.open(actor, slug, canManagePreparation, now);
    if (!canShareAnswers(actor, prep.enrolment, prep.facts)) throw new ShareBeforeDeadlineError();
    await this.transactions.write((m) => this.questions.saveSettings(m, prep.edition.id, { sharedAt: now }, now));
  }

  async stopSharing(actor: Actor, slug: string, now = new Date()): Promise<void> {
    const prep = await this.access.open(actor, slug, canManagePreparation, now);
    await this.transactions.write((m) => this.questions.saveSettings(m, prep.edition.id, { sharedAt: null }, now));
  }

  /** Five queries: questions, their versions, the people, the responses and the submitted answers. */
  private async load(prep: OpenPreparation) {
    const editionId = prep.edition.id;
    const questions = await this.questions.findQuestions(editionId, true);
    const versions = versionIndex(await this.questions.findVersions(questions.map((q) => q.id)));
    const people = await this.enrolments.findPeople(editionId);
    const responses = await this.answers.findResponsesByEdition(editionId);
    const answers = await this.answers.findSubmittedAnswers(editionId);
    return buildOverview({ questions, versions, people, responses, answers });
  }
}
