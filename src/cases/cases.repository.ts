import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, Repository } from 'typeorm';
import { Case, CaseText } from './entities/case.entity';
import { CaseTheme } from './entities/case-theme.entity';

/** Cases and the themes of their working copy. */
@Injectable()
export class CasesRepository {
  constructor(@InjectRepository(Case) private readonly cases: Repository<Case>) {}

  findById(id: number, manager?: EntityManager): Promise<Case | null> {
    return (manager ?? this.cases.manager).findOneBy(Case, { id });
  }

  /** With author and current version: what the case page shows, in one query. */
  findForPage(id: number): Promise<Case | null> {
    return this.cases.findOne({ where: { id }, relations: { author: true, currentVersion: true } });
  }

  /** The overview: submitted cases of an edition with their author and current version, in one query. */
  findSubmittedByEdition(editionId: number): Promise<Case[]> {
    return this.cases.find({ where: { editionId, status: 'submitted' }, relations: { author: true, currentVersion: true }, order: { id: 'ASC' } });
  }

  /** "Mijn casus": the author's own cases in this edition, oldest first. */
  findByAuthor(editionId: number, authorId: number): Promise<Case[]> {
    return this.cases.find({ where: { editionId, authorId }, relations: { currentVersion: true }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  countByAuthor(manager: EntityManager, editionId: number, authorId: number): Promise<number> {
    return manager.countBy(Case, { editionId, authorId });
  }

  /** Status and author of every case of an edition, for counting; never the content. */
  findStatusesByEdition(editionId: number): Promise<Pick<Case, 'id' | 'authorId' | 'status'>[]> {
    return this.cases.find({ select: { id: true, authorId: true, status: true }, where: { editionId } });
  }

  async create(manager: EntityManager, fields: Pick<Case, 'editionId' | 'authorId'> & CaseText): Promise<Case> {
    return manager.save(Case, manager.create(Case, { ...fields, status: 'draft', currentVersionId: null, firstSubmittedAt: null, withdrawnAt: null }));
  }

  async updateText(manager: EntityManager, id: number, text: CaseText): Promise<void> {
    await manager.update(Case, id, text);
  }

  async markSubmitted(manager: EntityManager, c: Case, versionId: number, at: Date): Promise<void> {
    await manager.update(Case, c.id, { status: 'submitted', currentVersionId: versionId, firstSubmittedAt: c.firstSubmittedAt ?? at, withdrawnAt: null });
  }

  async markWithdrawn(manager: EntityManager, id: number, at: Date): Promise<void> {
    await manager.update(Case, id, { status: 'withdrawn', withdrawnAt: at });
  }

  /** The themes picked on the working copies of these cases, by case. */
  async themeIdsOf(caseIds: number[], manager?: EntityManager): Promise<Map<number, number[]>> {
    const result = new Map<number, number[]>(caseIds.map((id) => [id, []]));
    if (caseIds.length === 0) return result;
    const rows = await (manager ?? this.cases.manager).find(CaseTheme, { where: { caseId: In(caseIds) } });
    for (const row of rows) result.get(row.caseId)!.push(row.themeId);
    return result;
  }

  async setThemes(manager: EntityManager, caseId: number, themeIds: number[]): Promise<void> {
    await manager.delete(CaseTheme, { caseId });
    if (themeIds.length > 0) await manager.insert(CaseTheme, themeIds.map((themeId) => ({ caseId, themeId })));
  }
}
