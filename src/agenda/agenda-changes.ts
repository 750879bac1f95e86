import { CaseInfo } from './domain/agenda-document';
import { AgendaModel, AgendaSettings, findBlock } from './domain/agenda-model';
import { breakStartMinute } from './domain/break-time';
import { buildSchedule, Meeting, ScheduleProblem } from './domain/schedule';
import { EditRefusal } from './domain/edit-refusal';
import * as edits from './domain/edits';
import { AgendaForm, BlockLabelForm, BreakForm, CaseMinutesForm, LeaveOutForm, MergeBlockForm, MoveCaseForm, SettingsForm, SplitBlockForm } from './dto/agenda.forms';

/*
 * Each change the trainer can make, as a small table entry: which form it reads, where its
 * errors show, where the page opens afterwards, and the pure edit it makes. The editor service
 * runs them all the same way (revision check, one transaction, save whole).
 */

export interface Message {
  key: string;
  params?: Record<string, string | number>;
}

export interface ChangeContext {
  cases: ReadonlyMap<number, CaseInfo>;
  /** Submitted cases: the only ones that may be placed. */
  placeable: ReadonlySet<number>;
  meetingStart: Date;
  /** The name a split-off block gets, in the trainer's language. */
  splitLabel: (label: string) => string;
}

export interface ChangeSpec<F extends AgendaForm = AgendaForm> {
  form: new () => F;
  /** Names the form on the page, so an error shows beside its field. */
  formId: string;
  /** Settings and breaks are refused when no agenda can be fitted with them. */
  mustFit?: boolean;
  apply(model: AgendaModel, form: F, context: ChangeContext): { model: AgendaModel; done: Message; anchor: string };
}

export type Attempt =
  | { kind: 'changed'; model: AgendaModel; done: Message; anchor: string }
  | { kind: 'unchanged'; message: Message; anchor: string }
  | { kind: 'rejected'; refusal: EditRefusal };

/** Translation key and values for a problem that keeps the agenda from being fitted. */
export function problemMessage(problem: ScheduleProblem): Message {
  return { key: `agenda.problem.${problem.code}`, params: problem.params };
}

/** Which field a fitting problem belongs to; the others are about the form as a whole. */
const PROBLEM_FIELDS: Record<string, string> = { 'min-above-max': 'maxMinutesPerCase', 'break-outside-meeting': 'start', 'breaks-overlap': 'start' };

/**
 * Makes one change on a model, without touching the database. A refused edit comes back as
 * such; so does a change of settings or breaks after which no agenda fits the meeting.
 */
export function attempt<F extends AgendaForm>(spec: ChangeSpec<F>, model: AgendaModel, form: F, context: ChangeContext, meeting: Meeting): Attempt {
  let applied: ReturnType<ChangeSpec<F>['apply']>;
  try {
    applied = spec.apply(model, form, context);
  } catch (error) {
    if (error instanceof EditRefusal) return { kind: 'rejected', refusal: error };
    throw error;
  }
  if (JSON.stringify(applied.model) === JSON.stringify(model)) return { kind: 'unchanged', message: applied.done, anchor: applied.anchor };
  if (spec.mustFit) {
    const outcome = buildSchedule(applied.model, meeting, (id) => context.placeable.has(id));
    if (!outcome.ok) {
      const field = PROBLEM_FIELDS[outcome.problem.code] ?? 'general';
      const { key, params } = problemMessage(outcome.problem);
      return { kind: 'rejected', refusal: new EditRefusal(key, params, field) };
    }
  }
  return { kind: 'changed', model: applied.model, done: applied.done, anchor: applied.anchor };
}

const title = (c: ChangeContext, caseId: number) => c.cases.get(caseId)?.title ?? '';
const label = (model: AgendaModel, number: number) => findBlock(model, number)?.label ?? '';

export const changes = {
  moveCase: (caseId: number): ChangeSpec<MoveCaseForm> => ({
    form: MoveCaseForm,
    formId: `casus-${caseId}-verplaatsen`,
    apply: (model, f, c) => {
      const next = edits.moveCase(model, caseId, f.blockNumber, f.position, c.placeable);
      return { model: next, done: { key: 'agenda.done.moved', params: { title: title(c, caseId), block: label(next, f.blockNumber) } }, anchor: `casus-${caseId}` };
    },
  }),
  shiftCase: (caseId: number, direction: edits.Direction): ChangeSpec => ({
    form: AgendaForm,
    formId: `casus-${caseId}-volgorde`,
    apply: (model, _f, c) => ({ model: edits.shiftCase(model, caseId, direction), done: { key: 'agenda.done.caseShifted', params: { title: title(c, caseId) } }, anchor: `casus-${caseId}` }),
  }),
  caseMinutes: (caseId: number): ChangeSpec<CaseMinutesForm> => ({
    form: CaseMinutesForm,
    formId: `casus-${caseId}-tijd`,
    apply: (model, f, c) => ({
      model: edits.setCaseMinutes(model, caseId, f.minutes),
      done: f.minutes === null ? { key: 'agenda.done.minutesCleared', params: { title: title(c, caseId) } } : ({ key: 'agenda.done.minutesSet', params: { title: title(c, caseId), minutes: f.minutes } } as Message),
      anchor: `casus-${caseId}`,
    }),
  }),
  leaveOut: (caseId: number): ChangeSpec<LeaveOutForm> => ({
    form: LeaveOutForm,
    formId: `casus-${caseId}-weglaten`,
    apply: (model, f, c) => ({ model: edits.leaveOut(model, caseId, f.reason, c.placeable), done: { key: 'agenda.done.leftOut', params: { title: title(c, caseId) } }, anchor: `casus-${caseId}` }),
  }),
  renameBlock: (number: number): ChangeSpec<BlockLabelForm> => ({
    form: BlockLabelForm,
    formId: `blok-${number}-naam`,
    apply: (model, f) => ({ model: edits.renameBlock(model, number, f.label), done: { key: 'agenda.done.renamed', params: { label: f.label } }, anchor: `blok-${number}` }),
  }),
  shiftBlock: (number: number, direction: edits.Direction): ChangeSpec => ({
    form: AgendaForm,
    formId: `blok-${number}-volgorde`,
    apply: (model) => ({ model: edits.shiftBlock(model, number, direction), done: { key: 'agenda.done.blockShifted', params: { label: label(model, number) } }, anchor: `blok-${number}` }),
  }),
  mergeBlock: (number: number): ChangeSpec<MergeBlockForm> => ({
    form: MergeBlockForm,
    formId: `blok-${number}-samenvoegen`,
    apply: (model, f) => ({
      model: edits.mergeBlock(model, number, f.into),
      done: { key: 'agenda.done.merged', params: { label: label(model, number), into: label(model, f.into) } },
      anchor: `blok-${f.into}`,
    }),
  }),
  splitBlock: (number: number): ChangeSpec<SplitBlockForm> => ({
    form: SplitBlockForm,
    formId: `blok-${number}-splitsen`,
    apply: (model, f, c) => {
      const next = edits.splitBlock(model, number, f.atCase, c.splitLabel(label(model, number)));
      const added = next.blocks[next.blocks.findIndex((b) => b.number === number) + 1];
      return { model: next, done: { key: 'agenda.done.split', params: { label: label(model, number), added: added.label } }, anchor: `blok-${added.number}` };
    },
  }),
  addBlock: (): ChangeSpec<BlockLabelForm> => ({
    form: BlockLabelForm,
    formId: 'blok-nieuw',
    apply: (model, f) => {
      const next = edits.addBlock(model, f.label);
      return { model: next, done: { key: 'agenda.done.blockAdded', params: { label: f.label } }, anchor: `blok-${next.blocks[next.blocks.length - 1].number}` };
    },
  }),
  removeBlock: (number: number): ChangeSpec => ({
    form: AgendaForm,
    formId: `blok-${number}-verwijderen`,
    apply: (model) => ({ model: edits.removeBlock(model, number), done: { key: 'agenda.done.blockRemoved', params: { label: label(model, number) } }, anchor: 'blokken' }),
  }),
  settings: (): ChangeSpec<SettingsForm> => ({
    form: SettingsForm,
    formId: 'instellingen',
    mustFit: true,
    apply: (model, f) => {
      const tables: AgendaSettings['tables'] = f.tables === 'auto' ? 'auto' : Number(f.tables);
      const settings = { openingMinutes: f.openingMinutes, closingMinutes: f.closingMinutes, minMinutesPerCase: f.minMinutesPerCase, maxMinutesPerCase: f.maxMinutesPerCase, tables };
      return { model: edits.setSettings(model, settings, [f.room1, f.room2, f.room3, f.room4]), done: { key: 'agenda.done.settings' }, anchor: 'instellingen' };
    },
  }),
  saveBreak: (index: number | null): ChangeSpec<BreakForm> => ({
    form: BreakForm,
    formId: index === null ? 'pauze-nieuw' : `pauze-${index}`,
    mustFit: true,
    apply: (model, f, c) => {
      const startMinute = breakStartMinute(c.meetingStart, f.start);
      if (startMinute === undefined) throw new EditRefusal('validation.time', {}, 'start');
      // Before the start the fitting would call it a wrong number; to the trainer it is outside the meeting.
      if (startMinute < 0) throw new EditRefusal('agenda.problem.break-outside-meeting', {}, 'start');
      const done = { key: index === null ? 'agenda.done.breakAdded' : 'agenda.done.breakSaved' };
      return { model: edits.setBreak(model, index, { startMinute, minutes: f.minutes }), done, anchor: 'pauzes' };
    },
  }),
  removeBreak: (index: number): ChangeSpec => ({
    form: AgendaForm,
    formId: `pauze-${index}`,
    mustFit: true,
    apply: (model) => ({ model: edits.removeBreak(model, index), done: { key: 'agenda.done.breakRemoved' }, anchor: 'pauzes' }),
  }),
};
