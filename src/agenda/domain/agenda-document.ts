import type { SlotKind } from '../fitting/types';
import { AgendaModel, findBlock, roomName } from './agenda-model';
import { Schedule } from './schedule';

/** What the agenda shows of a case. */
export interface CaseInfo {
  id: number;
  title: string;
  authorId: number;
  authorName: string;
  organisation: string;
  /** Only submitted cases are shown; one withdrawn after publication keeps its time, without its title. */
  submitted: boolean;
}

export interface DocumentCase {
  caseId: number;
  title: string;
  authorName: string;
  organisation: string;
  start: Date;
  end: Date;
  minutes: number;
  table: number;
  room: string;
  /** The reader wrote it. */
  own: boolean;
  withdrawn: boolean;
}

export type DocumentRow =
  | { kind: 'slot'; slot: SlotKind; start: Date; end: Date }
  | { kind: 'block'; blockNumber: number; label: string; table: number; room: string; start: Date; end: Date; continued: boolean; cases: DocumentCase[] };

export interface AgendaDocument {
  rows: DocumentRow[];
  /** More than one table: the readers need to know where to go. */
  parallel: boolean;
  ownCases: DocumentCase[];
}

/**
 * The agenda as people read it, printed, in a calendar or a spreadsheet: the timeline with
 * every block's label and room and every case's title and author, the reader's own marked.
 */
export function buildDocument(model: AgendaModel, schedule: Schedule, cases: ReadonlyMap<number, CaseInfo>, readerId?: number): AgendaDocument {
  const ownCases: DocumentCase[] = [];
  const rows: DocumentRow[] = schedule.timeline.map((entry) => {
    if (entry.kind === 'slot') return entry;
    const label = findBlock(model, entry.blockNumber)?.label ?? '';
    const room = roomName(model, entry.table);
    const docCases = entry.cases.map((placed): DocumentCase => {
      const info = cases.get(placed.caseId);
      const withdrawn = !info || !info.submitted;
      const c: DocumentCase = {
        caseId: placed.caseId,
        title: withdrawn ? '' : info.title,
        authorName: withdrawn ? '' : info.authorName,
        organisation: withdrawn ? '' : info.organisation,
        start: placed.start,
        end: placed.end,
        minutes: placed.minutes,
        table: placed.table,
        room,
        own: !withdrawn && readerId !== undefined && info.authorId === readerId,
        withdrawn,
      };
      if (c.own) ownCases.push(c);
      return c;
    });
    return { kind: 'block', blockNumber: entry.blockNumber, label, table: entry.table, room, start: entry.start, end: entry.end, continued: entry.continued, cases: docCases };
  });
  return { rows, parallel: schedule.tables > 1, ownCases };
}
