import type { Message } from './agenda-changes';
import type { CaseInfo } from './domain/agenda-document';
import { AgendaBlockModel, AgendaItemModel, AgendaModel, roomName } from './domain/agenda-model';
import type { PlacedCase, Schedule } from './domain/schedule';

/*
 * The rows of the trainer's page: blocks with their cases, and the cases without a place.
 * Each form on the page has an id; when a post comes back with errors, that form shows what
 * was typed and the messages, the others show the stored values.
 */

export interface FailedForm {
  formId: string;
  values: Record<string, unknown>;
  errors: Record<string, Message>;
}

export interface FormState {
  values: Record<string, unknown>;
  errors: Record<string, Message>;
  failed: boolean;
}

export function formState(failed: FailedForm | undefined, formId: string, values: Record<string, unknown>): FormState {
  return failed?.formId === formId ? { values: failed.values, errors: failed.errors, failed: true } : { values, errors: {}, failed: false };
}

export interface BlockOption {
  number: number;
  label: string;
  selected: boolean;
}

export interface CaseRow {
  caseId: number;
  title: string;
  authorName: string;
  organisation: string;
  withdrawn: boolean;
  time: PlacedCase | null;
  /** Why the fitting found no time for it. */
  unscheduled: string | null;
  /** 0–100, or null when the trainer placed it. */
  confidence: number | null;
  because: string[];
  first: boolean;
  last: boolean;
  move: FormState & { options: BlockOption[] };
  minutes: FormState;
  leaveOut: FormState;
}

export interface BlockRow {
  number: number;
  label: string;
  themeName: string | null;
  themeRemoved: boolean;
  time: { start: Date; end: Date; table: number; room: string } | null;
  first: boolean;
  last: boolean;
  cases: CaseRow[];
  rename: FormState;
  merge: FormState & { options: BlockOption[] };
  split: FormState & { options: { caseId: number; title: string }[] };
}

export interface UnplannedRow {
  caseId: number;
  title: string;
  authorName: string;
  /** 'new': submitted after the agenda was made; 'leftOut': by the trainer; 'noTime': the fitting found none. */
  why: 'new' | 'leftOut' | 'noTime';
  reason: string;
  blockLabel: string;
  move: FormState & { options: BlockOption[] };
  leaveOut: FormState;
}

export interface RowFacts {
  model: AgendaModel;
  schedule: Schedule | null;
  cases: ReadonlyMap<number, CaseInfo>;
  submittedIds: readonly number[];
  themes: ReadonlyMap<number, { name: string; removed: boolean }>;
  failed?: FailedForm;
  /** "Ingetrokken casus van …": a withdrawn case is shown to no one but its author, not even its title. */
  withdrawnLabel: (authorName: string) => string;
}

/** The title to show, or for a withdrawn case only whose it was. */
function titleOf(facts: RowFacts, caseId: number): string {
  const info = facts.cases.get(caseId);
  if (!info) return '';
  return info.submitted ? info.title : facts.withdrawnLabel(info.authorName);
}

function options(model: AgendaModel, selected: number | null, except?: number): BlockOption[] {
  return model.blocks.filter((b) => b.number !== except).map((b) => ({ number: b.number, label: b.label, selected: b.number === selected }));
}

function caseRow(facts: RowFacts, block: AgendaBlockModel, item: AgendaItemModel, index: number): CaseRow {
  const info = facts.cases.get(item.caseId);
  const unscheduled = facts.schedule?.unscheduled.find((u) => u.caseId === item.caseId);
  const id = `casus-${item.caseId}`;
  return {
    caseId: item.caseId,
    title: titleOf(facts, item.caseId),
    authorName: info?.authorName ?? '',
    organisation: info?.organisation ?? '',
    withdrawn: !info?.submitted,
    time: facts.schedule?.placed.get(item.caseId) ?? null,
    unscheduled: unscheduled ? unscheduled.reason : null,
    confidence: item.confidence,
    because: item.because,
    first: index === 0,
    last: index === block.items.length - 1,
    move: { ...formState(facts.failed, `${id}-verplaatsen`, { blockNumber: block.number, position: '' }), options: options(facts.model, block.number) },
    minutes: formState(facts.failed, `${id}-tijd`, { minutes: item.minutes ?? '' }),
    leaveOut: formState(facts.failed, `${id}-weglaten`, { reason: '' }),
  };
}

export function blockRows(facts: RowFacts): BlockRow[] {
  const { model, schedule, failed } = facts;
  return model.blocks.map((block, index) => {
    const theme = block.themeId === null ? undefined : facts.themes.get(block.themeId);
    const times = schedule?.blockTimes.get(block.number);
    const id = `blok-${block.number}`;
    return {
      number: block.number,
      label: block.label,
      themeName: theme?.name ?? null,
      themeRemoved: !!theme?.removed,
      time: times ? { start: times.start, end: times.end, table: times.table, room: roomName(model, times.table) } : null,
      first: index === 0,
      last: index === model.blocks.length - 1,
      cases: block.items.map((item, i) => caseRow(facts, block, item, i)),
      rename: formState(failed, `${id}-naam`, { label: block.label }),
      merge: { ...formState(failed, `${id}-samenvoegen`, {}), options: options(model, null, block.number) },
      split: { ...formState(failed, `${id}-splitsen`, {}), options: block.items.slice(1).map((i) => ({ caseId: i.caseId, title: titleOf(facts, i.caseId) })) },
    };
  });
}

/** Every case without a time: left out, newly submitted, or with no time left in the afternoon. */
export function unplannedRows(facts: RowFacts): UnplannedRow[] {
  const { model, failed } = facts;
  const row = (caseId: number, why: UnplannedRow['why'], reason: string, blockLabel = ''): UnplannedRow => {
    const info = facts.cases.get(caseId);
    return {
      caseId,
      title: info?.title ?? '',
      authorName: info?.authorName ?? '',
      why,
      reason,
      blockLabel,
      move: { ...formState(failed, `casus-${caseId}-verplaatsen`, {}), options: options(model, null) },
      leaveOut: formState(failed, `casus-${caseId}-weglaten`, { reason: '' }),
    };
  };
  const known = new Set([...model.blocks.flatMap((b) => b.items.map((i) => i.caseId)), ...model.leftOut.map((i) => i.caseId)]);
  const labels = new Map(model.blocks.map((b) => [b.number, b.label]));
  return [
    ...(facts.schedule?.unscheduled ?? []).map((u) => row(u.caseId, 'noTime', u.reason, labels.get(u.blockNumber))),
    ...model.leftOut.filter((i) => facts.cases.get(i.caseId)?.submitted).map((i) => row(i.caseId, 'leftOut', i.reason)),
    ...facts.submittedIds.filter((id) => !known.has(id)).map((id) => row(id, 'new', '')),
  ];
}
