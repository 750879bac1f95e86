import { BadRequestException, Injectable } from '@nestjs/common';
import type { Actor } from '../auth/actor';
import { NotFoundError } from '../common/errors/domain-errors';
import type { Language } from '../config/app-config';
import { Transactions } from '../database/transactions';
import { AnswersRepository } from './answers.repository';
import { FilesRepository } from './files/files.repository';
import { AnswerAction, AnswerProblem, answerField, readAnswers, versionField } from './domain/answer-form';
import { OpenPreparation, PreparationAccess } from './preparation-access';
import { canAnswer, canChangeAnswers, canManagePreparation, canReadGroupAnswers, canReadMaterial } from './preparation.policy';
import { deadlineView, earlierVersion, fileView, materialView, statusOf, versionIndex } from './preparation-views';
import { QuestionsRepository } from './questions.repository';

/** What the person typed in a refused form, shown again with the reasons. */
interface TypedForm {
  texts: Map<number, string>;
  problems?: Map<number, AnswerProblem>;
  /** A message above the form. */
  alert?: string;
}

export type SaveOutcome = { ok: true; action: AnswerAction | 'change' } | { ok: false; status: number; page: Awaited<ReturnType<PreparationAnswersService['page']>> };

/**
 * The "Voorbereiding" page: the material and the questions for everyone in the edition, and
 * for participants their own answers, saved as a draft or submitted until the deadline.
 */
@Injectable()
export class PreparationAnswersService {
  constructor(
    private readonly access: PreparationAccess,
    private readonly questions: QuestionsRepository,
    private readonly answers: AnswersRepository,
    private readonly files: FilesRepository,
    private readonly transactions: Transactions,
  ) {}

  async page(actor: Actor, slug: string, lang: Language, now = new Date()) {
    return this.build(await this.access.open(actor, slug, canReadMaterial, now), lang, now);
  }

  /**
   * Answers to a question this edition does not have get a 404 and answers after the deadline
   * a 403; in both cases nothing is stored. A refused form comes back with what was typed.
   */
  async save(actor: Actor, slug: string, body: unknown, lang: Language, now = new Date()): Promise<SaveOutcome> {
    const prep = await this.access.open(actor, slug, canAnswer, now);
    const questions = await this.questions.findQuestions(prep.edition.id);
    const response = await this.answers.findResponse(prep.enrolment!.id);
    const wasSubmitted = response?.status === 'submitted';
    const read = readAnswers(body, questions, wasSubmitted);
    if (read.kind === 'malformed') throw new BadRequestException('Unknown form field');
    if (read.kind === 'unknownQuestion') throw new NotFoundError();
    if (!canChangeAnswers(actor, prep.enrolment, prep.facts)) {
      return { ok: false, status: 403, page: await this.build(prep, lang, now, { texts: read.texts, alert: 'preparation.answer.closed' }) };
    }
    if (read.problems.size > 0) {
      return { ok: false, status: 422, page: await this.build(prep, lang, now, { texts: read.texts, problems: read.problems }) };
    }
    const submit = wasSubmitted || read.action === 'submit';
    const answers = [...read.texts].map(([questionId, text]) => ({ questionId, text, questionVersion: read.versions.get(questionId)! }));
    await this.transactions.write((m) =>
      this.answers.saveResponse(
        m,
        { editionId: prep.edition.id, enrolmentId: prep.enrolment!.id, status: submit ? 'submitted' : 'draft', submittedAt: response?.submittedAt ?? (submit ? now : null) },
        answers,
        now,
      ),
    );
    return { ok: true, action: wasSubmitted ? 'change' : read.action };
  }

  private async build(prep: OpenPreparation, lang: Language, now: Date, typed?: TypedForm) {
    const { actor, enrolment, edition, facts } = prep;
    const answering = canAnswer(actor, enrolment);
    const questions = await this.questions.findQuestions(edition.id);
    const versions = versionIndex(await this.questions.findVersions(questions.map((q) => q.id)));
    const response = answering ? await this.answers.findResponse(enrolment!.id) : null;
    const stored = new Map((response ? await this.answers.findAnswers(response.id) : []).map((a) => [a.questionId, a]));
    const files = (await this.files.findByEdition(edition.id)).map((f) => fileView(f, lang));
    return {
      edition,
      material: materialView(prep.settings),
      files,
      deadline: deadlineView(prep.deadline, facts.open, now, lang),
      role: enrolment?.role ?? 'coordinator',
      answering,
      canChange: canChangeAnswers(actor, enrolment, facts),
      canManage: canManagePreparation(actor, enrolment),
      canReadGroup: canReadGroupAnswers(actor, enrolment, facts) && facts.shared,
      status: statusOf(response),
      response,
      alert: typed?.alert,
      hasProblems: !!typed?.problems?.size,
      questions: questions.map((q, index) => {
        const answer = stored.get(q.id);
        return {
          id: q.id,
          number: index + 1,
          text: q.text,
          hint: q.hint,
          required: q.required,
          maxLength: q.maxLength,
          field: answerField(q.id),
          versionField: versionField(q.id),
          version: q.version,
          value: typed?.texts.get(q.id) ?? answer?.text ?? '',
          stored: answer?.text ?? '',
          /** Typed but refused because the deadline passed: shown so it can be copied, not stored. */
          unsaved: typed?.alert && (typed.texts.get(q.id) ?? '') !== (answer?.text ?? '') ? typed.texts.get(q.id)! : '',
          problem: typed?.problems?.get(q.id),
          earlier: earlierVersion(q, answer, versions),
        };
      }),
    };
  }
}
