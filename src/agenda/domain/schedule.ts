import { AgendaFittingError, FittingErrorCode } from '../fitting/errors';
import { fitAgenda } from '../fitting/fit-agenda';
import { FittingInput, FittingResult, SlotKind, UnscheduledReason } from '../fitting/types';
import { AgendaModel } from './agenda-model';

/** When meeting two takes place: from the edition, or frozen in the published agenda. */
export interface Meeting {
  start: Date;
  end: Date;
  walkInMinutes: number;
}

export interface PlacedCase {
  caseId: number;
  blockNumber: number;
  table: number;
  start: Date;
  end: Date;
  minutes: number;
}

export type TimelineEntry =
  | { kind: 'slot'; slot: SlotKind; start: Date; end: Date }
  | { kind: 'block'; blockNumber: number; table: number; start: Date; end: Date; continued: boolean; cases: PlacedCase[] };

export interface Schedule {
  /** Fixed parts and block segments in time order; a block cut by a break has a second, continued segment. */
  timeline: TimelineEntry[];
  placed: Map<number, PlacedCase>;
  /** From the first case of a block to its last, at its table. */
  blockTimes: Map<number, { start: Date; end: Date; table: number; continuesAfterBreak: boolean }>;
  unscheduled: { caseId: number; blockNumber: number; reason: UnscheduledReason }[];
  tables: number;
  minutesPerCase: number | null;
}

export interface ScheduleProblem {
  code: FittingErrorCode;
  params: Record<string, number>;
}

export type ScheduleOutcome = { ok: true; schedule: Schedule } | { ok: false; problem: ScheduleProblem };

/**
 * Fits the agenda into the meeting. `counts` says which cases take part: a case withdrawn
 * after the agenda was made keeps its place in the model (it may come back) but gets no time.
 * Blocks are passed to the fitting under their number, so its result maps back to them.
 */
export function buildSchedule(model: AgendaModel, meeting: Meeting, counts: (caseId: number) => boolean): ScheduleOutcome {
  const input = fittingInput(model, meeting, counts);
  let result: FittingResult;
  try {
    result = fitAgenda(input);
  } catch (error) {
    if (error instanceof AgendaFittingError) return { ok: false, problem: { code: error.code, params: problemParams(model) } };
    throw error;
  }
  return { ok: true, schedule: fromResult(result) };
}

export function fittingInput(model: AgendaModel, meeting: Meeting, counts: (caseId: number) => boolean): FittingInput {
  const { settings } = model;
  return {
    start: meeting.start,
    end: meeting.end,
    walkInMinutes: meeting.walkInMinutes,
    openingMinutes: settings.openingMinutes,
    closingMinutes: settings.closingMinutes,
    breaks: model.breaks.map((b) => ({ afterMinutes: b.startMinute, minutes: b.minutes })),
    minMinutesPerCase: settings.minMinutesPerCase,
    maxMinutesPerCase: settings.maxMinutesPerCase,
    tables: settings.tables,
    blocks: model.blocks.map((block) => {
      const items = block.items.filter((i) => counts(i.caseId));
      const durations: Record<string, number> = {};
      for (const item of items) if (item.minutes !== null) durations[String(item.caseId)] = item.minutes;
      return { label: String(block.number), caseIds: items.map((i) => String(i.caseId)), durations };
    }),
  };
}

function problemParams(model: AgendaModel): Record<string, number> {
  return { min: model.settings.minMinutesPerCase, max: model.settings.maxMinutesPerCase };
}

function fromResult(result: FittingResult): Schedule {
  const placed = new Map<number, PlacedCase>();
  const blockTimes: Schedule['blockTimes'] = new Map();
  const timeline: TimelineEntry[] = result.slots.map((s) => ({ kind: 'slot', slot: s.kind, start: s.start, end: s.end }));
  for (const block of result.blocks) {
    const blockNumber = Number(block.label);
    blockTimes.set(blockNumber, { start: block.start, end: block.end, table: block.table, continuesAfterBreak: block.continuesAfterBreak });
    let segment: PlacedCase[] = [];
    const flush = () => {
      if (segment.length === 0) return;
      const continued = timeline.some((e) => e.kind === 'block' && e.blockNumber === blockNumber);
      timeline.push({ kind: 'block', blockNumber, table: block.table, start: segment[0].start, end: segment[segment.length - 1].end, continued, cases: segment });
      segment = [];
    };
    for (const c of block.cases) {
      const p: PlacedCase = { caseId: Number(c.caseId), blockNumber, table: c.table, start: c.start, end: c.end, minutes: c.minutes };
      placed.set(p.caseId, p);
      // Cases of one table follow each other without a gap, except across a break.
      if (segment.length > 0 && segment[segment.length - 1].end.getTime() !== p.start.getTime()) flush();
      segment.push(p);
    }
    flush();
  }
  timeline.sort(byTime);
  const unscheduled = result.unscheduled.map((u) => ({ caseId: Number(u.caseId), blockNumber: Number(u.blockLabel), reason: u.reason }));
  return { timeline, placed, blockTimes, unscheduled, tables: result.tables, minutesPerCase: result.minutesPerCase };
}

/** By start; at the same moment fixed parts first, then the tables in order. */
function byTime(a: TimelineEntry, b: TimelineEntry): number {
  const table = (e: TimelineEntry) => (e.kind === 'slot' ? 0 : e.table);
  return a.start.getTime() - b.start.getTime() || table(a) - table(b);
}

/** The default break of the fitting (halfway, 15 min), as a stored break; none when nothing fits. */
export function defaultBreaks(model: AgendaModel, meeting: Meeting): AgendaModel['breaks'] {
  try {
    const { breaks: _none, ...input } = fittingInput({ ...model, blocks: [] }, meeting, () => true);
    const slots = fitAgenda(input).slots.filter((s) => s.kind === 'break');
    return slots.map((s) => ({ startMinute: Math.round((s.start.getTime() - meeting.start.getTime()) / 60_000), minutes: Math.round((s.end.getTime() - s.start.getTime()) / 60_000) }));
  } catch (error) {
    if (error instanceof AgendaFittingError) return [];
    throw error;
  }
}
