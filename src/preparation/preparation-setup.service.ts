import { Inject, Injectable } from '@nestjs/common';
import type { Actor } from '../auth/actor';
import { type FieldErrors, parseForm } from '../common/forms/parse-form';
import type { UploadProblem } from '../cases/upload/received-upload';
import { APP_CONFIG, type AppConfig, type Language } from '../config/app-config';
import { Transactions } from '../database/transactions';
import { AnswersRepository } from './answers.repository';
import { FilesRepository } from './files/files.repository';
import { DEFAULT_REMINDER_DAYS, MAX_REMINDER_DAYS } from './domain/preparation-deadline';
import { deadlineInputs, MAX_QUESTIONS, readDeadline, readWholeNumber } from './domain/setup-inputs';
import { MaterialForm } from './dto/preparation.forms';
import { OpenPreparation, PreparationAccess } from './preparation-access';
import { canManagePreparation } from './preparation.policy';
import { deadlineView, fileView } from './preparation-views';
import { QuestionsRepository } from './questions.repository';
import { questionDefaults, readQuestion } from './question-input';

export interface FormState {
  values: Record<string, unknown>;
  errors: FieldErrors;
}

/** A form of the setup page that came back: what was typed and why not, or why an upload failed. */
export interface SetupForms {
  material?: FormState;
  question?: FormState;
  upload?: UploadProblem;
}

export type SetupOutcome = { ok: true } | { ok: false; page: Awaited<ReturnType<PreparationSetupService['page']>> };

/**
 * The trainer's setup page: the material, the deadline and the automatic reminder, the files,
 * the question list and the form to add a question.
 */
@Injectable()
export class PreparationSetupService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly access: PreparationAccess,
    private readonly questions: QuestionsRepository,
    private readonly answers: AnswersRepository,
    private readonly files: FilesRepository,
    private readonly transactions: Transactions,
  ) {}

  async page(actor: Actor, slug: string, lang: Language, now = new Date(), forms: SetupForms = {}) {
    return this.build(await this.access.open(actor, slug, canManagePreparation, now), lang, now, forms);
  }

  async saveMaterial(actor: Actor, slug: string, body: unknown, lang: Language, now = new Date()): Promise<SetupOutcome> {
    const prep = await this.access.open(actor, slug, canManagePreparation, now);
    const form = parseForm(MaterialForm, body);
    const errors: FieldErrors = form.ok ? {} : { ...form.errors };
    const typed = (name: string) => String(form.values[name] ?? '').trim();
    const deadline = readDeadline(typed('deadlineDate'), typed('deadlineTime'));
    if (!deadline.ok) errors[deadline.field] ??= deadline.key;
    else if (deadline.deadline && deadline.deadline > prep.edition.meeting1Start) errors.deadlineDate ??= 'preparation.setup.deadlineAfterMeeting';
    const reminderDays = readWholeNumber(typed('reminderDays'), 0, MAX_REMINDER_DAYS);
    if (reminderDays === undefined) errors.reminderDays ??= 'preparation.setup.reminderDaysInvalid';
    if (!form.ok || !deadline.ok || reminderDays === undefined || Object.keys(errors).length > 0) {
      return { ok: false, page: await this.build(prep, lang, now, { material: { values: form.values, errors } }) };
    }
    const { value } = form;
    const fields = { material: value.material, articleTitle: value.articleTitle, articleUrl: value.articleUrl, deadline: deadline.deadline, reminderDays };
    await this.transactions.write((m) => this.questions.saveSettings(m, prep.edition.id, fields, now));
    return { ok: true };
  }

  /** A new question at the end of the list. */
  async addQuestion(actor: Actor, slug: string, body: unknown, lang: Language, now = new Date()): Promise<SetupOutcome> {
    const prep = await this.access.open(actor, slug, canManagePreparation, now);
    const read = readQuestion(body);
    if (!read.ok) return { ok: false, page: await this.build(prep, lang, now, { question: read }) };
    const added = await this.transactions.write(async (m) => {
      if ((await this.questions.countQuestions(m, prep.edition.id)) >= MAX_QUESTIONS) return false;
      await this.questions.addQuestion(m, prep.edition.id, read.fields);
      return true;
    });
    if (added) return { ok: true };
    return { ok: false, page: await this.build(prep, lang, now, { question: { values: read.values, errors: { text: 'preparation.setup.tooManyQuestions' } } }) };
  }

  private async build(prep: OpenPreparation, lang: Language, now: Date, forms: SetupForms) {
    const { edition, settings } = prep;
    const questions = await this.questions.findQuestions(edition.id);
    const counts = await this.answers.countByQuestion(questions.map((q) => q.id));
    const files = (await this.files.findByEdition(edition.id)).map((f) => fileView(f, lang));
    const stored = {
      material: settings?.material ?? '',
      articleTitle: settings?.articleTitle ?? '',
      articleUrl: settings?.articleUrl ?? '',
      ...deadlineInputs(settings?.deadline ?? null),
      reminderDays: String(settings?.reminderDays ?? DEFAULT_REMINDER_DAYS),
    };
    return {
      edition,
      deadline: deadlineView(prep.deadline, prep.facts.open, now, lang),
      defaultDeadline: edition.meeting1Start,
      maxReminderDays: MAX_REMINDER_DAYS,
      values: forms.material?.values ?? stored,
      errors: forms.material?.errors,
      questionValues: forms.question?.values ?? questionDefaults(),
      questionErrors: forms.question?.errors,
      files,
      canAddFiles: files.length < this.config.uploadMaxFiles,
      maxFiles: this.config.uploadMaxFiles,
      maxMb: Math.round(this.config.uploadMaxBytes / (1024 * 1024)),
      uploadProblem: forms.upload,
      canAddQuestion: questions.length < MAX_QUESTIONS,
      maxQuestions: MAX_QUESTIONS,
      questions: questions.map((q, index) => ({
        ...q,
        number: index + 1,
        answers: counts.get(q.id) ?? 0,
        first: index === 0,
        last: index === questions.length - 1,
      })),
    };
  }
}
