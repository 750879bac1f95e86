import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, Repository } from 'typeorm';
import { PreparationAnswer } from './entities/preparation-answer.entity';
import { PreparationResponse, ResponseStatus } from './entities/preparation-response.entity';

export interface AnswerToSave {
  questionId: number;
  questionVersion: number;
  text: string;
}

/** Participants' responses and their answers. */
@Injectable()
export class AnswersRepository {
  constructor(
    @InjectRepository(PreparationResponse) private readonly responses: Repository<PreparationResponse>,
    @InjectRepository(PreparationAnswer) private readonly answers: Repository<PreparationAnswer>,
  ) {}

  findResponse(enrolmentId: number): Promise<PreparationResponse | null> {
    return this.responses.findOneBy({ enrolmentId });
  }

  findResponsesOf(enrolmentIds: number[]): Promise<PreparationResponse[]> {
    return enrolmentIds.length === 0 ? Promise.resolve([]) : this.responses.findBy({ enrolmentId: In(enrolmentIds) });
  }

  findResponsesByEdition(editionId: number): Promise<PreparationResponse[]> {
    return this.responses.findBy({ editionId });
  }

  findAnswers(responseId: number): Promise<PreparationAnswer[]> {
    return this.answers.findBy({ responseId });
  }

  /** The answers of every submitted response of an edition; drafts are never read by others. */
  findSubmittedAnswers(editionId: number): Promise<PreparationAnswer[]> {
    return this.answers
      .createQueryBuilder('a')
      .innerJoin(PreparationResponse, 'r', 'r.id = a.responseId')
      .where('r.editionId = :editionId AND r.status = :status', { editionId, status: 'submitted' satisfies ResponseStatus })
      .orderBy('a.questionId', 'ASC')
      .addOrderBy('a.id', 'ASC')
      .getMany();
  }

  /** How many answers (drafts included) each question has, to warn a trainer who changes one. */
  async countByQuestion(questionIds: number[]): Promise<Map<number, number>> {
    const counts = new Map<number, number>(questionIds.map((id) => [id, 0]));
    if (questionIds.length === 0) return counts;
    const rows: { questionId: number; count: string | number }[] = await this.answers
      .createQueryBuilder('a')
      .select('a.questionId', 'questionId')
      .addSelect('COUNT(*)', 'count')
      .where({ questionId: In(questionIds) })
      .groupBy('a.questionId')
      .getRawMany();
    for (const row of rows) counts.set(Number(row.questionId), Number(row.count));
    return counts;
  }

  hasAnswersToVersion(manager: EntityManager, questionId: number, questionVersion: number): Promise<boolean> {
    return manager.existsBy(PreparationAnswer, { questionId, questionVersion });
  }

  /**
   * Stores a response and its answers as one: the answers given replace the ones stored, an
   * empty answer removes the stored one. Upserts, so a double click never makes two rows.
   */
  async saveResponse(
    manager: EntityManager,
    response: Pick<PreparationResponse, 'editionId' | 'enrolmentId' | 'status' | 'submittedAt'>,
    answers: AnswerToSave[],
    now: Date,
  ): Promise<void> {
    await manager.upsert(PreparationResponse, { ...response, updatedAt: now }, ['enrolmentId']);
    const { id: responseId } = await manager.findOneByOrFail(PreparationResponse, { enrolmentId: response.enrolmentId });
    const kept = answers.filter((a) => a.text !== '');
    const emptied = answers.filter((a) => a.text === '').map((a) => a.questionId);
    if (emptied.length > 0) await manager.delete(PreparationAnswer, { responseId, questionId: In(emptied) });
    if (kept.length > 0) {
      await manager.upsert(PreparationAnswer, kept.map((a) => ({ ...a, responseId, updatedAt: now })), ['responseId', 'questionId']);
    }
  }
}
