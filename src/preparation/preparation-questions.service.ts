import { Injectable } from '@nestjs/common';
import type { Actor } from '../auth/actor';
import { NotFoundError } from '../common/errors/domain-errors';
import type { FieldErrors } from '../common/forms/parse-form';
import { Transactions } from '../database/transactions';
import { AnswersRepository } from './answers.repository';
import type { PreparationQuestion } from './entities/preparation-question.entity';
import { PreparationAccess } from './preparation-access';
import { canManagePreparation } from './preparation.policy';
import { readQuestion } from './question-input';
import { QuestionsRepository } from './questions.repository';

export type ChangeOutcome = { ok: true; newVersion: boolean } | { ok: false; page: Awaited<ReturnType<PreparationQuestionsService['editPage']>> };

/**
 * The questions of an edition: changing, ordering and removing (adding is on the setup page).
 * A change to a question that has answers makes a new version, so every answer keeps the
 * wording it replied to; a removed question keeps its answers too.
 */
@Injectable()
export class PreparationQuestionsService {
  constructor(
    private readonly access: PreparationAccess,
    private readonly questions: QuestionsRepository,
    private readonly answers: AnswersRepository,
    private readonly transactions: Transactions,
  ) {}

  async editPage(actor: Actor, slug: string, id: number, form?: { values: Record<string, unknown>; errors: FieldErrors }, now = new Date()) {
    const { edition, question } = await this.open(actor, slug, id, now);
    const answers = (await this.answers.countByQuestion([question.id])).get(question.id) ?? 0;
    const stored = { text: question.text, hint: question.hint, required: question.required, maxLength: String(question.maxLength) };
    return { edition, question, answers, values: form?.values ?? stored, errors: form?.errors };
  }

  async change(actor: Actor, slug: string, id: number, body: unknown, now = new Date()): Promise<ChangeOutcome> {
    const { question } = await this.open(actor, slug, id, now);
    const read = readQuestion(body);
    if (!read.ok) return { ok: false, page: await this.editPage(actor, slug, id, read, now) };
    const newVersion = await this.transactions.write(async (m) => {
      const current = await this.questions.currentQuestion(m, question.id);
      const answered = await this.answers.hasAnswersToVersion(m, current.id, current.version);
      await this.questions.changeQuestion(m, current, read.fields, answered);
      return answered;
    });
    return { ok: true, newVersion };
  }

  /** Swaps a question with its neighbour, and numbers the list again from 1 so no gaps stay. */
  async move(actor: Actor, slug: string, id: number, direction: 'up' | 'down', now = new Date()): Promise<void> {
    const { edition, question } = await this.open(actor, slug, id, now);
    await this.transactions.write(async (m) => {
      const order = await this.questions.order(m, edition.id);
      const from = order.indexOf(question.id);
      const to = direction === 'up' ? from - 1 : from + 1;
      if (from < 0 || to < 0 || to >= order.length) return;
      [order[from], order[to]] = [order[to], order[from]];
      await this.questions.setPositions(m, order.map((questionId, index) => ({ id: questionId, position: index + 1 })));
    });
  }

  async remove(actor: Actor, slug: string, id: number, now = new Date()): Promise<string> {
    const { question } = await this.open(actor, slug, id, now);
    await this.transactions.write((m) => this.questions.removeQuestion(m, question.id, now));
    return question.text;
  }

  private async open(actor: Actor, slug: string, id: number, now: Date) {
    const prep = await this.access.open(actor, slug, canManagePreparation, now);
    const question: PreparationQuestion | null = Number.isSafeInteger(id) ? await this.questions.findQuestion(prep.edition.id, id) : null;
    if (!question) throw new NotFoundError();
    return { ...prep, question };
  }
}
