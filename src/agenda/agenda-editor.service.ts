import { Injectable } from '@nestjs/common';
import type { Actor } from '../auth/actor';
import { parseForm } from '../common/forms/parse-form';
import { translate } from '../common/i18n/i18n';
import type { Language } from '../config/app-config';
import { Transactions } from '../database/transactions';
import type { Edition } from '../editions/edition.entity';
import { AgendaAccess } from './agenda-access';
import { attempt, ChangeSpec, Message } from './agenda-changes';
import { editorPage, EditorPage } from './agenda-editor-page';
import { FailedForm } from './agenda-editor-rows';
import { AgendaLoader, meetingOfEdition } from './agenda-loader';
import { AgendaSourcesRepository } from './agenda-sources.repository';
import { AgendaRepository } from './agenda.repository';
import { AgendaForm } from './dto/agenda.forms';

/** What became of a post: redirect with a message, or the page again with the form's errors. */
export type ChangeOutcome =
  | { kind: 'saved' | 'unchanged'; message: Message; anchor: string }
  | { kind: 'refused'; message: Message; anchor: string }
  | { kind: 'invalid'; page: EditorPage };

export const STALE: Message = { key: 'agenda.stale' };

/** The revision a form was made from; anything else counts as stale. */
export function revisionOf(body: unknown): number {
  const raw = (body as { revision?: unknown } | undefined)?.revision;
  return typeof raw === 'string' && /^\d{1,9}$/.test(raw) ? Number(raw) : -1;
}

/**
 * The trainer's page and every change to the draft. A change is checked against the revision
 * the page showed, made as a pure edit and saved whole in one transaction; a form from before
 * someone else's save is refused and nothing is overwritten.
 */
@Injectable()
export class AgendaEditorService {
  constructor(
    private readonly access: AgendaAccess,
    private readonly loader: AgendaLoader,
    private readonly agendas: AgendaRepository,
    private readonly sources: AgendaSourcesRepository,
    private readonly transactions: Transactions,
  ) {}

  async page(actor: Actor, slug: string, lang: Language, failed?: FailedForm): Promise<EditorPage> {
    const { edition } = await this.access.forEditing(actor, slug);
    return this.buildPage(edition, lang, failed);
  }

  async change<F extends AgendaForm>(actor: Actor, slug: string, body: unknown, spec: ChangeSpec<F>, lang: Language): Promise<ChangeOutcome> {
    const { edition } = await this.access.forEditing(actor, slug);
    const form = parseForm(spec.form, body);
    if (!form.ok) {
      const errors = Object.fromEntries(Object.entries(form.errors).map(([field, key]) => [field, { key }]));
      return { kind: 'invalid', page: await this.buildPage(edition, lang, { formId: spec.formId, values: form.values, errors }) };
    }
    const revision = revisionOf(body);
    const result = await this.transactions.write(async (m) => {
      const draft = await this.agendas.findOf(edition.id, 'draft', m);
      if (!draft) return { kind: 'refused' as const, message: { key: 'agenda.noDraft' }, anchor: '' };
      if (draft.revision !== revision) return { kind: 'refused' as const, message: STALE, anchor: '' };
      const model = await this.agendas.loadModel(draft, m);
      const cases = await this.loader.cases(edition.id, m);
      const context = {
        cases: cases.info,
        placeable: new Set(cases.submittedIds),
        meetingStart: edition.meeting2Start,
        splitLabel: (label: string) => translate(lang, 'agenda.splitLabel', { label }).slice(0, 120),
      };
      const attempted = attempt(spec, model, form.value, context, meetingOfEdition(edition));
      if (attempted.kind !== 'changed') return attempted;
      const { model: changed, done, anchor } = attempted;
      if (!(await this.agendas.saveRevision(m, draft.id, revision, changed, actor.id))) return { kind: 'refused' as const, message: STALE, anchor: '' };
      return { kind: 'saved' as const, message: done, anchor };
    });
    if (result.kind !== 'rejected') return result;
    const { refusal } = result;
    // Not about what was typed (a block with cases, a case gone): a message at the top will do.
    if (!refusal.field) return { kind: 'refused', message: { key: refusal.key, params: refusal.params }, anchor: '' };
    const failed = { formId: spec.formId, values: form.values, errors: { [refusal.field]: { key: refusal.key, params: refusal.params } } };
    return { kind: 'invalid', page: await this.buildPage(edition, lang, failed) };
  }

  /** Seven queries, whatever the number of cases and blocks. */
  private async buildPage(edition: Edition, lang: Language, failed?: FailedForm): Promise<EditorPage> {
    const agendas = await this.loader.agendas(edition.id, ['draft']);
    const cases = await this.loader.cases(edition.id);
    const themes = await this.sources.themesOf(edition.id);
    return editorPage({ edition, agendas, cases, themes, lang, failed });
  }
}
