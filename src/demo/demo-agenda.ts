import { EntityManager } from 'typeorm';
import { AgendaSourcesRepository } from '../agenda/agenda-sources.repository';
import { AgendaRepository } from '../agenda/agenda.repository';
import { findBlock } from '../agenda/domain/agenda-model';
import { renameBlock } from '../agenda/domain/edits';
import { caseTextFields, groupingInput, modelFromGrouping } from '../agenda/domain/proposal';
import { defaultBreaks } from '../agenda/domain/schedule';
import { Agenda } from '../agenda/entities/agenda.entity';
import { groupCases } from '../agenda/grouping/group-cases';
import { Case } from '../cases/entities/case.entity';
import { Edition } from '../editions/edition.entity';

/**
 * The agenda of the upcoming demo edition, made the way a trainer makes it: the portal's
 * proposal for the submitted demo cases, published, and then one change in the draft that is
 * not published yet, so the demo shows both a published agenda and a draft with changes.
 * Runs inside the demo's transaction, after the cases; no mail is sent.
 */
export async function seedDemoAgenda(manager: EntityManager, edition: Edition, now: Date): Promise<void> {
  const sources = new AgendaSourcesRepository(manager.getRepository(Case));
  const agendas = new AgendaRepository(manager.getRepository(Agenda));
  const cases = (await sources.casesOf(edition.id, manager)).filter((c) => c.status === 'submitted');
  if (cases.length === 0) return;
  const versionThemes = await sources.versionThemeIds(cases.map((c) => c.currentVersionId!), manager);
  const themes = (await sources.themesOf(edition.id, manager)).map((t) => ({ id: t.id, name: t.name, description: t.description, keywords: t.keywords, removed: t.removedAt !== null }));
  const grouping = groupCases(
    groupingInput(
      cases.map((c) => ({ id: c.id, title: c.currentVersion!.title, fields: caseTextFields(c.currentVersion!), themeIds: versionThemes.get(c.currentVersionId!) ?? [] })),
      themes,
    ),
  );
  const meeting = { start: edition.meeting2Start, end: edition.meeting2End, walkInMinutes: edition.walkInMinutes };
  const model = modelFromGrouping(grouping, themes);
  model.breaks = defaultBreaks(model, meeting);
  const draft = await agendas.createDraft(manager, edition.id, null, model);
  await agendas.publish(manager, draft, model, meeting, now, null);
  // Afterwards the trainer gave the first block a name of her own, and has not published that yet.
  const first = model.blocks[0];
  if (!first) return;
  const label = findBlock(model, first.number)!.label;
  await agendas.saveRevision(manager, draft.id, draft.revision, renameBlock(model, first.number, `${label[0].toUpperCase()}${label.slice(1)}: bewoners aan zet`), null);
}
