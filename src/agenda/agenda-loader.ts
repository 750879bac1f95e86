import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { Case } from '../cases/entities/case.entity';
import type { Edition } from '../editions/edition.entity';
import { AgendaSourcesRepository } from './agenda-sources.repository';
import { AgendaRepository } from './agenda.repository';
import { CaseInfo } from './domain/agenda-document';
import { AgendaModel } from './domain/agenda-model';
import { Meeting } from './domain/schedule';
import { Agenda } from './entities/agenda.entity';

export interface StoredAgenda {
  row: Agenda;
  model: AgendaModel;
}

export interface LoadedAgendas {
  draft?: StoredAgenda;
  published?: StoredAgenda;
}

export interface AgendaCases {
  /** Submitted and withdrawn cases; drafts are never read. */
  rows: Case[];
  info: Map<number, CaseInfo>;
  submittedIds: number[];
}

/** Loads what an agenda page shows in a fixed number of queries, whatever the number of cases. */
@Injectable()
export class AgendaLoader {
  constructor(
    private readonly repository: AgendaRepository,
    private readonly sources: AgendaSourcesRepository,
  ) {}

  /** Both rows in one query; the models asked for in four more. */
  async agendas(editionId: number, models: ('draft' | 'published')[], manager?: EntityManager): Promise<LoadedAgendas & { rows: Partial<Record<'draft' | 'published', Agenda>> }> {
    const rows = await this.repository.findBoth(editionId, manager);
    const wanted = models.map((kind) => rows[kind]).filter((row): row is Agenda => !!row);
    const loaded = await this.repository.loadModels(wanted, manager);
    const stored = (row?: Agenda): StoredAgenda | undefined => (row && loaded.has(row.id) ? { row, model: loaded.get(row.id)! } : undefined);
    return { rows, draft: stored(rows.draft), published: stored(rows.published) };
  }

  async cases(editionId: number, manager?: EntityManager): Promise<AgendaCases> {
    const rows = await this.sources.casesOf(editionId, manager);
    return {
      rows,
      info: new Map(rows.map((c) => [c.id, caseInfoOf(c)])),
      submittedIds: rows.filter((c) => c.status === 'submitted').map((c) => c.id),
    };
  }
}

export function caseInfoOf(c: Case): CaseInfo {
  return {
    id: c.id,
    title: c.currentVersion?.title ?? '',
    authorId: c.authorId,
    authorName: c.author?.name ?? '',
    organisation: c.currentVersion?.organisation || c.author?.organisation || '',
    submitted: c.status === 'submitted',
  };
}

/** The draft follows the edition: when a coordinator moves the meeting, the draft moves along. */
export function meetingOfEdition(edition: Edition): Meeting {
  return { start: edition.meeting2Start, end: edition.meeting2End, walkInMinutes: edition.walkInMinutes };
}

/** The published agenda keeps the times people were told, until it is published again. */
export function meetingOfPublished(row: Agenda, edition: Edition): Meeting {
  return {
    start: row.meetingStart ?? edition.meeting2Start,
    end: row.meetingEnd ?? edition.meeting2End,
    walkInMinutes: row.walkInMinutes ?? edition.walkInMinutes,
  };
}

/**
 * Whether participants see something else than the draft would show: a change saved since the
 * last publication, or the meeting moved (the published copy keeps its times). True for a
 * draft never published.
 */
export function changedSincePublication(draft: Agenda, published: Agenda | undefined, edition: Edition): boolean {
  if (!published || draft.publishedRevision !== draft.revision) return true;
  const frozen = meetingOfPublished(published, edition);
  const now = meetingOfEdition(edition);
  return frozen.start.getTime() !== now.start.getTime() || frozen.end.getTime() !== now.end.getTime() || frozen.walkInMinutes !== now.walkInMinutes;
}
