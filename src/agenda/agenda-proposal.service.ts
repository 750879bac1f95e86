import { Injectable } from '@nestjs/common';
import type { Actor } from '../auth/actor';
import { Transactions } from '../database/transactions';
import { AgendaAccess } from './agenda-access';
import { ChangeOutcome, revisionOf, STALE } from './agenda-editor.service';
import { AgendaLoader, meetingOfEdition } from './agenda-loader';
import { AgendaSourcesRepository } from './agenda-sources.repository';
import { AgendaRepository } from './agenda.repository';
import { caseTextFields, groupingInput, modelFromGrouping } from './domain/proposal';
import { defaultBreaks } from './domain/schedule';
import { groupCases } from './grouping/group-cases';


/**
 * "Voorstel maken": the portal groups the submitted cases by theme and text and makes the
 * draft from it. A second proposal replaces the blocks but keeps settings, breaks and rooms.
 */
@Injectable()
export class AgendaProposalService {
  constructor(
    private readonly access: AgendaAccess,
    private readonly loader: AgendaLoader,
    private readonly agendas: AgendaRepository,
    private readonly sources: AgendaSourcesRepository,
    private readonly transactions: Transactions,
  ) {}

  async propose(actor: Actor, slug: string, body: unknown): Promise<ChangeOutcome> {
    const { edition } = await this.access.forEditing(actor, slug);
    const revision = revisionOf(body);
    const cases = (await this.loader.cases(edition.id)).rows.filter((c) => c.status === 'submitted');
    if (cases.length === 0) return { kind: 'refused', message: { key: 'agenda.proposal.noCases' }, anchor: '' };
    const versionThemes = await this.sources.versionThemeIds(cases.map((c) => c.currentVersionId!));
    const themes = (await this.sources.themesOf(edition.id)).map((t) => ({ id: t.id, name: t.name, description: t.description, keywords: t.keywords, removed: t.removedAt !== null }));
    const input = groupingInput(
      cases.map((c) => ({ id: c.id, title: c.currentVersion!.title, fields: caseTextFields(c.currentVersion!), themeIds: versionThemes.get(c.currentVersionId!) ?? [] })),
      themes,
    );
    // Outside the transaction: the first grouping in a process reads the Dutch dictionary.
    const grouping = groupCases(input);
    return this.transactions.write(async (m) => {
      const draft = await this.agendas.findOf(edition.id, 'draft', m);
      const done = { key: 'agenda.done.proposed', params: { cases: cases.length, blocks: grouping.blocks.length } };
      if (!draft) {
        if (revision > 0) return { kind: 'refused', message: STALE, anchor: '' };
        const model = modelFromGrouping(grouping, themes);
        model.breaks = defaultBreaks(model, meetingOfEdition(edition));
        await this.agendas.createDraft(m, edition.id, actor.id, model);
        return { kind: 'saved', message: done, anchor: 'blokken' };
      }
      if (draft.revision !== revision) return { kind: 'refused', message: STALE, anchor: '' };
      const model = modelFromGrouping(grouping, themes, await this.agendas.loadModel(draft, m));
      if (!(await this.agendas.saveRevision(m, draft.id, revision, model, actor.id))) return { kind: 'refused', message: STALE, anchor: '' };
      return { kind: 'saved', message: done, anchor: 'blokken' };
    });
  }
}
