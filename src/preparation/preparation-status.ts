import { Injectable } from '@nestjs/common';
import type { Enrolment } from '../enrolments/enrolment.entity';
import { AnswersRepository } from './answers.repository';
import { isShared, preparationDeadline } from './domain/preparation-deadline';
import { PreparationStatus, statusOf } from './preparation-views';
import { QuestionsRepository } from './questions.repository';

/** What "Mijn leerateliers" shows of the preparation of one edition. */
export interface PreparationSummary {
  /** Without questions there is nothing to prepare yet. */
  hasQuestions: boolean;
  /** The person's own answers; 'notStarted' for anyone who does not answer. */
  status: PreparationStatus;
  deadline: Date;
  /** The group's answers can be read. */
  shared: boolean;
}

/**
 * The preparation status of a person's editions, for "Mijn leerateliers": three queries for
 * all their editions together. Only for the person's own enrolments, which the caller loaded.
 */
@Injectable()
export class PreparationStatusReader {
  constructor(
    private readonly questions: QuestionsRepository,
    private readonly answers: AnswersRepository,
  ) {}

  async summaries(enrolments: readonly Enrolment[], now: Date): Promise<Map<number, PreparationSummary>> {
    const editionIds = [...new Set(enrolments.map((e) => e.editionId))];
    const withQuestions = await this.questions.editionsWithQuestions(editionIds);
    const settings = new Map((await this.questions.findSettingsOf(editionIds)).map((s) => [s.editionId, s]));
    const responses = new Map((await this.answers.findResponsesOf(enrolments.map((e) => e.id))).map((r) => [r.enrolmentId, r]));
    return new Map(
      enrolments.map((enrolment) => {
        const own = settings.get(enrolment.editionId) ?? null;
        const deadline = preparationDeadline(enrolment.edition!, own);
        const summary: PreparationSummary = {
          hasQuestions: withQuestions.has(enrolment.editionId),
          status: statusOf(responses.get(enrolment.id)),
          deadline,
          shared: isShared(own, now, deadline),
        };
        return [enrolment.id, summary];
      }),
    );
  }
}
