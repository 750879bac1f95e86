import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, Repository } from 'typeorm';
import { AgendaItemModel, AgendaModel, AgendaSettings } from './domain/agenda-model';
import { Agenda, AgendaKind } from './entities/agenda.entity';
import { AgendaBlock } from './entities/agenda-block.entity';
import { AgendaBreak } from './entities/agenda-break.entity';
import { AgendaItem } from './entities/agenda-item.entity';
import { AgendaRoom } from './entities/agenda-room.entity';
import { Meeting } from './domain/schedule';

/** The stored agendas: a model is read and written whole, its children replaced in one go. */
@Injectable()
export class AgendaRepository {
  constructor(@InjectRepository(Agenda) private readonly agendas: Repository<Agenda>) {}

  private of(manager?: EntityManager): EntityManager {
    return manager ?? this.agendas.manager;
  }

  /** The draft and the published agenda of an edition, in one query. */
  async findBoth(editionId: number, manager?: EntityManager): Promise<Partial<Record<AgendaKind, Agenda>>> {
    const rows = await this.of(manager).find(Agenda, { where: { editionId } });
    return Object.fromEntries(rows.map((row) => [row.kind, row]));
  }

  findOf(editionId: number, kind: AgendaKind, manager?: EntityManager): Promise<Agenda | null> {
    return this.of(manager).findOneBy(Agenda, { editionId, kind });
  }

  /** The models of several agendas in four queries, however many blocks and cases they have. */
  async loadModels(agendas: Agenda[], manager?: EntityManager): Promise<Map<number, AgendaModel>> {
    const models = new Map<number, AgendaModel>(agendas.map((a) => [a.id, { settings: settingsOf(a), breaks: [], rooms: ['', '', '', ''], blocks: [], leftOut: [] }]));
    if (agendas.length === 0) return models;
    const where = { agendaId: In(agendas.map((a) => a.id)) };
    const m = this.of(manager);
    const [blocks, items, breaks, rooms] = [
      await m.find(AgendaBlock, { where, order: { position: 'ASC' } }),
      await m.find(AgendaItem, { where, order: { position: 'ASC' } }),
      await m.find(AgendaBreak, { where, order: { position: 'ASC' } }),
      await m.find(AgendaRoom, { where }),
    ];
    for (const b of blocks) models.get(b.agendaId)!.blocks.push({ number: b.number, label: b.label, themeId: b.themeId, items: [] });
    for (const i of items) {
      const model = models.get(i.agendaId)!;
      const item = { caseId: i.caseId, minutes: i.minutes, confidence: i.confidence, because: i.because ? i.because.split('\n') : [] };
      if (i.blockNumber === null) model.leftOut.push({ ...item, reason: i.leftOutReason ?? '' });
      else model.blocks.find((block) => block.number === i.blockNumber)?.items.push(item);
    }
    for (const b of breaks) models.get(b.agendaId)!.breaks.push({ startMinute: b.startMinute, minutes: b.minutes });
    for (const r of rooms) models.get(r.agendaId)!.rooms[r.tableNumber - 1] = r.name;
    return models;
  }

  async loadModel(agenda: Agenda, manager?: EntityManager): Promise<AgendaModel> {
    return (await this.loadModels([agenda], manager)).get(agenda.id)!;
  }

  async createDraft(manager: EntityManager, editionId: number, actorId: number | null, model: AgendaModel): Promise<Agenda> {
    const agenda = await manager.save(Agenda, manager.create(Agenda, { editionId, kind: 'draft', revision: 1, ...settingsColumns(model.settings), publications: 0, updatedById: actorId }));
    await this.writeContent(manager, agenda.id, model);
    return agenda;
  }

  /**
   * Saves a changed model as the next revision, only if nobody saved since `expected`: the
   * revision check and the increment are one statement, so two trainers cannot both win.
   * Returns false (and writes nothing) when the form was stale.
   */
  async saveRevision(manager: EntityManager, agendaId: number, expected: number, model: AgendaModel, actorId: number | null): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(Agenda)
      .set({ revision: () => 'revision + 1', ...settingsColumns(model.settings), updatedById: actorId })
      .where('id = :id AND revision = :expected', { id: agendaId, expected })
      .execute();
    if (result.affected !== 1) return false;
    await manager.delete(AgendaBlock, { agendaId });
    await manager.delete(AgendaItem, { agendaId });
    await manager.delete(AgendaBreak, { agendaId });
    await manager.delete(AgendaRoom, { agendaId });
    await this.writeContent(manager, agendaId, model);
    return true;
  }

  /**
   * Publishes this revision of the draft: the old published copy is replaced by a new one
   * with the meeting's times frozen. Returns the publication's number, or null when this
   * revision was published already or the draft changed meanwhile.
   */
  async publish(manager: EntityManager, draft: Agenda, model: AgendaModel, meeting: Meeting, now: Date, actorId: number | null): Promise<number | null> {
    const number = draft.publications + 1;
    const result = await manager
      .createQueryBuilder()
      .update(Agenda)
      .set({ publishedRevision: draft.revision, publications: number, updatedById: actorId })
      .where('id = :id AND revision = :revision AND publications = :before', { id: draft.id, revision: draft.revision, before: draft.publications })
      .execute();
    if (result.affected !== 1) return null;
    await manager.delete(Agenda, { editionId: draft.editionId, kind: 'published' });
    const published = await manager.save(
      Agenda,
      manager.create(Agenda, {
        editionId: draft.editionId,
        kind: 'published',
        revision: draft.revision,
        ...settingsColumns(model.settings),
        publications: number,
        meetingStart: meeting.start,
        meetingEnd: meeting.end,
        walkInMinutes: meeting.walkInMinutes,
        publishedAt: now,
        updatedById: actorId,
      }),
    );
    await this.writeContent(manager, published.id, model);
    return number;
  }

  private async writeContent(manager: EntityManager, agendaId: number, model: AgendaModel): Promise<void> {
    const blocks = model.blocks.map((b, position) => ({ agendaId, number: b.number, position, label: b.label, themeId: b.themeId }));
    const row = (i: AgendaItemModel, blockNumber: number | null, position: number, reason: string | null) => ({
      agendaId, caseId: i.caseId, blockNumber, position, minutes: i.minutes, leftOutReason: reason, confidence: i.confidence, because: i.because.join('\n'),
    });
    const items = [
      ...model.blocks.flatMap((b) => b.items.map((i, position) => row(i, b.number, position, null))),
      ...model.leftOut.map((i, position) => row(i, null, position, i.reason)),
    ];
    const breaks = model.breaks.map((b, position) => ({ agendaId, position, startMinute: b.startMinute, minutes: b.minutes }));
    const rooms = model.rooms.map((name, i) => ({ agendaId, tableNumber: i + 1, name })).filter((r) => r.name !== '');
    // In chunks: SQLite limits the number of values in one statement.
    for (const [entity, rows] of [[AgendaBlock, blocks], [AgendaItem, items], [AgendaBreak, breaks], [AgendaRoom, rooms]] as const) {
      for (let i = 0; i < rows.length; i += 100) await manager.insert(entity, rows.slice(i, i + 100) as never);
    }
  }
}

function settingsOf(a: Agenda): AgendaSettings {
  return {
    openingMinutes: a.openingMinutes,
    closingMinutes: a.closingMinutes,
    minMinutesPerCase: a.minMinutesPerCase,
    maxMinutesPerCase: a.maxMinutesPerCase,
    tables: a.tableCount === 0 ? 'auto' : a.tableCount,
  };
}

function settingsColumns(s: AgendaSettings): Pick<Agenda, 'openingMinutes' | 'closingMinutes' | 'minMinutesPerCase' | 'maxMinutesPerCase' | 'tableCount'> {
  return {
    openingMinutes: s.openingMinutes,
    closingMinutes: s.closingMinutes,
    minMinutesPerCase: s.minMinutesPerCase,
    maxMinutesPerCase: s.maxMinutesPerCase,
    tableCount: s.tables === 'auto' ? 0 : s.tables,
  };
}
