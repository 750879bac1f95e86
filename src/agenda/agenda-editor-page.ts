import { translate } from '../common/i18n/i18n';
import type { Language } from '../config/app-config';
import type { Edition } from '../editions/edition.entity';
import type { Theme } from '../themes/theme.entity';
import { type Message, problemMessage } from './agenda-changes';
import { blockRows, BlockRow, FailedForm, formState, FormState, unplannedRows, UnplannedRow } from './agenda-editor-rows';
import { AgendaCases, changedSincePublication, LoadedAgendas, meetingOfEdition } from './agenda-loader';
import { AgendaDocument, buildDocument } from './domain/agenda-document';
import { emptyModel, MAX_TABLES } from './domain/agenda-model';
import { breakClock } from './domain/break-time';
import { buildSchedule } from './domain/schedule';
import { noticesFor } from './domain/warnings';
import { Agenda } from './entities/agenda.entity';

export interface EditorPage {
  edition: Edition;
  hasDraft: boolean;
  revision: number;
  submittedCount: number;
  status: { published: boolean; publishedAt: Date | null; changed: boolean };
  meeting: { start: Date; end: Date; walkInStart: Date };
  problem: Message | null;
  notices: Message[];
  document: AgendaDocument | null;
  summary: { blocks: number; cases: number; minutesPerCase: number | null; tables: number; parallel: boolean } | null;
  blocks: BlockRow[];
  unplanned: UnplannedRow[];
  settingsForm: FormState;
  tableOptions: { value: string; selected: boolean }[];
  roomFields: { name: string; table: number; value: unknown; error?: Message }[];
  breaks: (FormState & { index: number })[];
  newBreak: FormState;
  newBlock: FormState;
  anyFailed: boolean;
}

export interface EditorFacts {
  edition: Edition;
  agendas: LoadedAgendas & { rows: Partial<Record<'draft' | 'published', Agenda>> };
  cases: AgendaCases;
  themes: Theme[];
  lang: Language;
  failed?: FailedForm;
}

/** The trainer's page: the draft as it would be printed, and every control to change it. */
export function editorPage(facts: EditorFacts): EditorPage {
  const { edition, cases, failed } = facts;
  const draft = facts.agendas.draft;
  const published = facts.agendas.rows.published;
  const model = draft?.model ?? emptyModel();
  const meeting = meetingOfEdition(edition);
  const outcome = draft ? buildSchedule(model, meeting, (id) => !!cases.info.get(id)?.submitted) : null;
  const schedule = outcome?.ok ? outcome.schedule : null;
  const themes = new Map(facts.themes.map((t) => [t.id, { name: t.name, removed: t.removedAt !== null }]));
  const withdrawnLabel = (name: string) => translate(facts.lang, 'agenda.edit.withdrawnBy', { name });
  const rowFacts = { model, schedule, cases: cases.info, submittedIds: cases.submittedIds, themes, failed, withdrawnLabel };
  const s = model.settings;
  const settings = formState(failed, 'instellingen', { ...s, tables: String(s.tables), room1: model.rooms[0], room2: model.rooms[1], room3: model.rooms[2], room4: model.rooms[3] });
  return {
    edition,
    hasDraft: !!draft,
    revision: draft?.row.revision ?? 0,
    submittedCount: cases.submittedIds.length,
    status: {
      published: !!published,
      publishedAt: published?.publishedAt ?? null,
      changed: !!draft && changedSincePublication(draft.row, published, edition),
    },
    meeting: { start: meeting.start, end: meeting.end, walkInStart: new Date(meeting.start.getTime() - meeting.walkInMinutes * 60_000) },
    problem: outcome && !outcome.ok ? problemMessage(outcome.problem) : null,
    notices: draft ? noticesFor(rowFacts) : [],
    document: schedule ? buildDocument(model, schedule, cases.info) : null,
    summary: schedule ? { blocks: model.blocks.length, cases: schedule.placed.size, minutesPerCase: schedule.minutesPerCase, tables: schedule.tables, parallel: schedule.tables > 1 } : null,
    blocks: blockRows(rowFacts),
    unplanned: draft ? unplannedRows(rowFacts) : [],
    settingsForm: settings,
    tableOptions: ['auto', ...Array.from({ length: MAX_TABLES }, (_, i) => String(i + 1))].map((value) => ({ value, selected: String(settings.values.tables) === value })),
    roomFields: [1, 2, 3, 4].map((table) => ({ name: `room${table}`, table, value: settings.values[`room${table}`], error: settings.errors[`room${table}`] })),
    breaks: model.breaks.map((b, index) => ({ ...formState(failed, `pauze-${index}`, { start: breakClock(meeting.start, b.startMinute), minutes: b.minutes }), index })),
    newBreak: formState(failed, 'pauze-nieuw', { start: '', minutes: 15 }),
    newBlock: formState(failed, 'blok-nieuw', { label: '' }),
    anyFailed: !!failed,
  };
}
