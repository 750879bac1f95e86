import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, Repository } from 'typeorm';
import { Case } from '../cases/entities/case.entity';
import { CaseVersionTheme } from '../cases/entities/case-theme.entity';
import { Enrolment } from '../enrolments/enrolment.entity';
import { Theme } from '../themes/theme.entity';

/**
 * What the agenda reads of other features: the cases (never drafts), their themes, the theme
 * list and the participants to tell. Read-only, each a single query.
 */
@Injectable()
export class AgendaSourcesRepository {
  constructor(@InjectRepository(Case) private readonly cases: Repository<Case>) {}

  private of(manager?: EntityManager): EntityManager {
    return manager ?? this.cases.manager;
  }

  /**
   * Submitted and withdrawn cases of an edition with author and current version. Withdrawn
   * ones are needed to explain why a case the agenda knows has no time any more.
   */
  casesOf(editionId: number, manager?: EntityManager): Promise<Case[]> {
    return this.of(manager).find(Case, {
      where: { editionId, status: In(['submitted', 'withdrawn']) },
      relations: { author: true, currentVersion: true },
      order: { id: 'ASC' },
    });
  }

  /** Ids only: enough to check, inside a change, which cases may be placed. */
  async submittedIds(editionId: number, manager?: EntityManager): Promise<number[]> {
    const rows = await this.of(manager).find(Case, { select: { id: true }, where: { editionId, status: 'submitted' }, order: { id: 'ASC' } });
    return rows.map((row) => row.id);
  }

  /** The themes of these versions, by version. */
  async versionThemeIds(versionIds: number[], manager?: EntityManager): Promise<Map<number, number[]>> {
    const result = new Map<number, number[]>(versionIds.map((id) => [id, []]));
    if (versionIds.length === 0) return result;
    const rows = await this.of(manager).find(CaseVersionTheme, { where: { versionId: In(versionIds) } });
    for (const row of rows) result.get(row.versionId)?.push(row.themeId);
    return result;
  }

  /** Every theme the edition had, removed ones included, in the trainer's order. */
  themesOf(editionId: number, manager?: EntityManager): Promise<Theme[]> {
    return this.of(manager).find(Theme, { where: { editionId }, order: { position: 'ASC', id: 'ASC' } });
  }

  /** Participants who accepted their invitation, with their accounts: they are told of a publication. */
  activeParticipants(editionId: number, manager?: EntityManager): Promise<Enrolment[]> {
    return this.of(manager).find(Enrolment, { where: { editionId, role: 'participant', status: 'active' }, relations: { user: true }, order: { id: 'ASC' } });
  }
}
