import { Inject, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { Actor } from '../auth/actor';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { Transactions } from '../database/transactions';
import type { Edition } from '../editions/edition.entity';
import { MailService } from '../mail/mail.service';
import { AgendaAccess } from './agenda-access';
import { ChangeOutcome, revisionOf, STALE } from './agenda-editor.service';
import { problemMessage } from './agenda-changes';
import { AgendaCases, AgendaLoader, changedSincePublication, meetingOfEdition } from './agenda-loader';
import { AgendaSourcesRepository } from './agenda-sources.repository';
import { AgendaRepository } from './agenda.repository';
import { AgendaDocument, buildDocument } from './domain/agenda-document';
import { AgendaModel } from './domain/agenda-model';
import { buildSchedule } from './domain/schedule';

/**
 * Publishing: participants see the agenda from now on, as it is at this moment, and each gets
 * a mail (once per publication) with the time of their own case. Later changes stay in the
 * draft until the trainer publishes again.
 */
@Injectable()
export class AgendaPublishingService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly access: AgendaAccess,
    private readonly loader: AgendaLoader,
    private readonly agendas: AgendaRepository,
    private readonly sources: AgendaSourcesRepository,
    private readonly mail: MailService,
    private readonly transactions: Transactions,
  ) {}

  async publish(actor: Actor, slug: string, body: unknown, now = new Date()): Promise<ChangeOutcome> {
    const { edition } = await this.access.forPublishing(actor, slug);
    const revision = revisionOf(body);
    return this.transactions.write(async (m) => {
      const agendas = await this.loader.agendas(edition.id, ['draft'], m);
      const draft = agendas.draft;
      if (!draft) return { kind: 'refused', message: { key: 'agenda.noDraft' }, anchor: '' };
      if (draft.row.revision !== revision) return { kind: 'refused', message: STALE, anchor: '' };
      if (!changedSincePublication(draft.row, agendas.rows.published, edition)) return { kind: 'unchanged', message: { key: 'agenda.publish.unchanged' }, anchor: '' };
      const meeting = meetingOfEdition(edition);
      const cases = await this.loader.cases(edition.id, m);
      const outcome = buildSchedule(draft.model, meeting, (id) => !!cases.info.get(id)?.submitted);
      if (!outcome.ok) return { kind: 'refused', message: problemMessage(outcome.problem), anchor: '' };
      const model = withoutWithdrawn(draft.model, cases);
      const number = await this.agendas.publish(m, draft.row, model, meeting, now, actor.id);
      if (number === null) return { kind: 'refused', message: STALE, anchor: '' };
      const told = await this.tellParticipants(m, edition, number, buildDocument(model, outcome.schedule, cases.info), cases);
      return { kind: 'saved', message: { key: 'agenda.done.published', params: { count: told } }, anchor: '' };
    });
  }

  /** One mail per participant and publication, in their language, naming their own case's time. */
  private async tellParticipants(m: EntityManager, edition: Edition, publication: number, document: AgendaDocument, cases: AgendaCases): Promise<number> {
    const participants = await this.sources.activeParticipants(edition.id, m);
    const placed = document.rows.flatMap((row) => (row.kind === 'block' ? row.cases : []));
    const link = `${this.config.baseUrl}/leerateliers/${edition.slug}/agenda`;
    for (const person of participants) {
      const user = person.user!;
      const own = placed.filter((c) => !c.withdrawn && cases.info.get(c.caseId)?.authorId === user.id);
      await this.mail.queue(
        {
          to: { address: user.email, name: user.name },
          lang: user.language,
          template: 'agenda-published',
          model: {
            name: user.name,
            editionTitle: edition.title,
            meetingStart: edition.meeting2Start,
            meetingEnd: edition.meeting2End,
            venueName: edition.venueName,
            venueAddress: edition.venueAddress,
            changed: publication > 1,
            ownCases: own.map((c) => ({ title: c.title, start: c.start, end: c.end, table: document.parallel ? c.table : null, room: c.room })),
            link,
            calendarLink: `${link}.ics`,
          },
          dedupeKey: `agenda-published:${edition.id}:${publication}:${user.id}`,
        },
        m,
      );
    }
    return participants.length;
  }
}

/** Withdrawn cases do not go into the published copy; the draft keeps them in case they return. */
function withoutWithdrawn(model: AgendaModel, cases: AgendaCases): AgendaModel {
  const counts = (id: number) => !!cases.info.get(id)?.submitted;
  return {
    ...model,
    blocks: model.blocks.map((b) => ({ ...b, items: b.items.filter((i) => counts(i.caseId)) })),
    leftOut: model.leftOut.filter((i) => counts(i.caseId)),
  };
}
