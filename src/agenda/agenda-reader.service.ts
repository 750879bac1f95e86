import { Injectable } from '@nestjs/common';
import type { Actor } from '../auth/actor';
import { ForbiddenError } from '../common/errors/domain-errors';
import type { Edition } from '../editions/edition.entity';
import type { Enrolment } from '../enrolments/enrolment.entity';
import { AgendaAccess } from './agenda-access';
import { type Message, problemMessage } from './agenda-changes';
import { AgendaLoader, changedSincePublication, meetingOfEdition, meetingOfPublished } from './agenda-loader';
import { canEditAgenda } from './agenda.policy';
import { AgendaDocument, buildDocument } from './domain/agenda-document';
import { Meeting, buildSchedule } from './domain/schedule';
import { Agenda } from './entities/agenda.entity';

export type AgendaVersion = 'published' | 'draft';

/** The draft is asked for with ?versie=concept; anything else means the published agenda. */
export function versionOf(query: unknown): AgendaVersion {
  return (query as { versie?: unknown } | undefined)?.versie === 'concept' ? 'draft' : 'published';
}

export interface ReadAgenda {
  edition: Edition;
  enrolment: Enrolment | undefined;
  version: AgendaVersion;
  /** Null when there is nothing of this version yet. */
  row: Agenda | null;
  meeting: Meeting;
  walkInStart: Date;
  document: AgendaDocument | null;
  problem: Message | null;
  /** The reader's own cases the trainer left out, with the reason: only the author sees them. */
  ownLeftOut: { title: string; reason: string }[];
  canEdit: boolean;
  /** For trainers: the draft has changes participants do not see yet. */
  draftChanged: boolean;
}

/**
 * One agenda as people read it, for the page, the print view and the exports. Everyone
 * enrolled reads the published agenda, frozen as it was published (withdrawn cases keep their
 * time without their title); trainers may read the draft, fitted as it is now.
 */
@Injectable()
export class AgendaReaderService {
  constructor(
    private readonly access: AgendaAccess,
    private readonly loader: AgendaLoader,
  ) {}

  async read(actor: Actor, slug: string, version: AgendaVersion): Promise<ReadAgenda> {
    const { edition, enrolment } = await this.access.forReading(actor, slug);
    const canEdit = canEditAgenda(actor, enrolment);
    if (version === 'draft' && !canEdit) throw new ForbiddenError();
    const agendas = await this.loader.agendas(edition.id, [version]);
    const stored = agendas[version];
    const draftRow = agendas.rows.draft;
    const base = { edition, enrolment, version, canEdit, draftChanged: canEdit && !!draftRow && changedSincePublication(draftRow, agendas.rows.published, edition) };
    const meeting = stored && version === 'published' ? meetingOfPublished(stored.row, edition) : meetingOfEdition(edition);
    const walkInStart = new Date(meeting.start.getTime() - meeting.walkInMinutes * 60_000);
    if (!stored) return { ...base, row: null, meeting, walkInStart, document: null, problem: null, ownLeftOut: [] };
    const cases = await this.loader.cases(edition.id);
    const counts = version === 'published' ? () => true : (id: number) => !!cases.info.get(id)?.submitted;
    const outcome = buildSchedule(stored.model, meeting, counts);
    const ownLeftOut = stored.model.leftOut
      .map((item) => ({ info: cases.info.get(item.caseId), reason: item.reason }))
      .filter(({ info }) => info?.submitted && info.authorId === actor.id)
      .map(({ info, reason }) => ({ title: info!.title, reason }));
    return {
      ...base,
      row: stored.row,
      meeting,
      walkInStart,
      document: outcome.ok ? buildDocument(stored.model, outcome.schedule, cases.info, actor.id) : null,
      problem: outcome.ok ? null : problemMessage(outcome.problem),
      ownLeftOut,
    };
  }
}
