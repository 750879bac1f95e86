import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, IsNull, Repository } from 'typeorm';
import { PreparationQuestion } from './entities/preparation-question.entity';
import { PreparationQuestionVersion } from './entities/preparation-question-version.entity';
import { PreparationSettings } from './entities/preparation-settings.entity';

export type QuestionFields = Pick<PreparationQuestion, 'text' | 'hint' | 'required' | 'maxLength'>;
export type SettingsFields = Partial<Omit<PreparationSettings, 'editionId' | 'updatedAt'>>;

/** The setup of a preparation: its settings, its questions and their versions. */
@Injectable()
export class QuestionsRepository {
  constructor(
    @InjectRepository(PreparationSettings) private readonly settings: Repository<PreparationSettings>,
    @InjectRepository(PreparationQuestion) private readonly questions: Repository<PreparationQuestion>,
    @InjectRepository(PreparationQuestionVersion) private readonly versions: Repository<PreparationQuestionVersion>,
  ) {}

  findSettings(editionId: number): Promise<PreparationSettings | null> {
    return this.settings.findOneBy({ editionId });
  }

  findSettingsOf(editionIds: number[]): Promise<PreparationSettings[]> {
    return editionIds.length === 0 ? Promise.resolve([]) : this.settings.findBy({ editionId: In(editionIds) });
  }

  /** Inserts the row the first time; of two trainers saving at once neither fails. */
  async saveSettings(manager: EntityManager, editionId: number, fields: SettingsFields, now: Date): Promise<void> {
    await manager.upsert(PreparationSettings, { editionId, ...fields, updatedAt: now }, ['editionId']);
  }

  /** In the order the trainer set; removed questions only when asked for (the answers to them stay readable). */
  findQuestions(editionId: number, withRemoved = false): Promise<PreparationQuestion[]> {
    return this.questions.find({
      where: withRemoved ? { editionId } : { editionId, removedAt: IsNull() },
      order: { position: 'ASC', id: 'ASC' },
    });
  }

  findQuestion(editionId: number, id: number): Promise<PreparationQuestion | null> {
    return this.questions.findOneBy({ editionId, id, removedAt: IsNull() });
  }

  /** The question as it is inside a transaction, so a change builds on the latest version. */
  currentQuestion(manager: EntityManager, id: number): Promise<PreparationQuestion> {
    return manager.findOneByOrFail(PreparationQuestion, { id });
  }

  /** The ids of the current questions in their order, read inside a transaction. */
  async order(manager: EntityManager, editionId: number): Promise<number[]> {
    const rows = await manager.find(PreparationQuestion, { select: { id: true }, where: { editionId, removedAt: IsNull() }, order: { position: 'ASC', id: 'ASC' } });
    return rows.map((row) => row.id);
  }

  /** Every version of these questions, to show which wording an older answer was given to. */
  findVersions(questionIds: number[]): Promise<PreparationQuestionVersion[]> {
    if (questionIds.length === 0) return Promise.resolve([]);
    return this.versions.find({ where: { questionId: In(questionIds) }, order: { questionId: 'ASC', number: 'ASC' } });
  }

  /** Editions that have at least one question, from a list; one query. */
  async editionsWithQuestions(editionIds?: number[]): Promise<Set<number>> {
    if (editionIds?.length === 0) return new Set();
    const where = editionIds ? { editionId: In(editionIds), removedAt: IsNull() } : { removedAt: IsNull() };
    const rows = await this.questions.find({ select: { editionId: true }, where });
    return new Set(rows.map((row) => row.editionId));
  }

  countQuestions(manager: EntityManager, editionId: number): Promise<number> {
    return manager.countBy(PreparationQuestion, { editionId, removedAt: IsNull() });
  }

  async addQuestion(manager: EntityManager, editionId: number, fields: QuestionFields): Promise<PreparationQuestion> {
    const last = await manager.findOne(PreparationQuestion, { where: { editionId }, order: { position: 'DESC' } });
    const question = await manager.save(PreparationQuestion, manager.create(PreparationQuestion, { ...fields, editionId, position: (last?.position ?? 0) + 1, version: 1, removedAt: null }));
    await manager.insert(PreparationQuestionVersion, { ...fields, questionId: question.id, number: 1 });
    return question;
  }

  /**
   * A new version when the current one has answers, so those keep the wording they answered;
   * otherwise the current version is corrected in place.
   */
  async changeQuestion(manager: EntityManager, question: PreparationQuestion, fields: QuestionFields, newVersion: boolean): Promise<number> {
    const version = newVersion ? question.version + 1 : question.version;
    if (newVersion) await manager.insert(PreparationQuestionVersion, { ...fields, questionId: question.id, number: version });
    else await manager.update(PreparationQuestionVersion, { questionId: question.id, number: version }, fields);
    await manager.update(PreparationQuestion, question.id, { ...fields, version });
    return version;
  }

  async setPositions(manager: EntityManager, positions: { id: number; position: number }[]): Promise<void> {
    for (const { id, position } of positions) await manager.update(PreparationQuestion, id, { position });
  }

  async removeQuestion(manager: EntityManager, id: number, now: Date): Promise<void> {
    await manager.update(PreparationQuestion, id, { removedAt: now });
  }
}
