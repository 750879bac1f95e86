import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, Repository } from 'typeorm';
import type { CaseText } from './entities/case.entity';
import { CaseVersion } from './entities/case-version.entity';
import { CaseVersionTheme } from './entities/case-theme.entity';

/** The submitted versions of cases, which never change once written. */
@Injectable()
export class CaseVersionsRepository {
  constructor(@InjectRepository(CaseVersion) private readonly versions: Repository<CaseVersion>) {}

  findByCase(caseId: number): Promise<CaseVersion[]> {
    return this.versions.find({ where: { caseId }, order: { number: 'ASC' } });
  }

  findById(id: number, manager?: EntityManager): Promise<CaseVersion | null> {
    return (manager ?? this.versions.manager).findOneBy(CaseVersion, { id });
  }

  /** The themes of these versions, by version. */
  async themeIdsOf(versionIds: number[], manager?: EntityManager): Promise<Map<number, number[]>> {
    const result = new Map<number, number[]>(versionIds.map((id) => [id, []]));
    if (versionIds.length === 0) return result;
    const rows = await (manager ?? this.versions.manager).find(CaseVersionTheme, { where: { versionId: In(versionIds) } });
    for (const row of rows) result.get(row.versionId)!.push(row.themeId);
    return result;
  }

  /** Writes the next version of a case with its themes. */
  async create(manager: EntityManager, caseId: number, text: CaseText, themeIds: number[], submittedAt: Date): Promise<CaseVersion> {
    const last = await manager.findOne(CaseVersion, { where: { caseId }, order: { number: 'DESC' } });
    const version = await manager.save(CaseVersion, manager.create(CaseVersion, { ...text, caseId, number: (last?.number ?? 0) + 1, submittedAt }));
    if (themeIds.length > 0) await manager.insert(CaseVersionTheme, themeIds.map((themeId) => ({ versionId: version.id, themeId })));
    return version;
  }
}
