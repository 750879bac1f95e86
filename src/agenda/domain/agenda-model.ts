/*
 * The agenda as the trainer edits it, without anything of the database: settings, breaks,
 * rooms, blocks with their cases in order, and the cases left out. The services load it, change
 * it with the pure edits in edits.ts and save it whole, in one transaction.
 */

export const MAX_TABLES = 4;
export const LIMITS = { label: 120, reason: 300, room: 60, minutes: 240, fixedPart: 120 } as const;

export interface AgendaSettings {
  openingMinutes: number;
  closingMinutes: number;
  minMinutesPerCase: number;
  maxMinutesPerCase: number;
  /** 1–4, or 'auto': as few as let every case fit. */
  tables: number | 'auto';
}

export const DEFAULT_SETTINGS: AgendaSettings = { openingMinutes: 15, closingMinutes: 15, minMinutesPerCase: 10, maxMinutesPerCase: 30, tables: 'auto' };

export interface AgendaBreakModel {
  /** Minutes after the start of the meeting. */
  startMinute: number;
  minutes: number;
}

export interface AgendaItemModel {
  caseId: number;
  /** Own discussion time, or null for the even share. */
  minutes: number | null;
  /** 0–100 from the proposal; null once the trainer placed the case. */
  confidence: number | null;
  because: string[];
}

export interface AgendaBlockModel {
  /** Stable within the agenda; see AgendaBlock.number. */
  number: number;
  label: string;
  themeId: number | null;
  items: AgendaItemModel[];
}

export interface LeftOutModel extends AgendaItemModel {
  reason: string;
}

export interface AgendaModel {
  settings: AgendaSettings;
  breaks: AgendaBreakModel[];
  /** Room names of tables 1–4; '' means the default name. */
  rooms: string[];
  blocks: AgendaBlockModel[];
  leftOut: LeftOutModel[];
}

export function emptyModel(settings: AgendaSettings = DEFAULT_SETTINGS): AgendaModel {
  return { settings: { ...settings }, breaks: [], rooms: ['', '', '', ''], blocks: [], leftOut: [] };
}

/** A deep copy, so an edit never changes the model it was given. */
export function cloneModel(model: AgendaModel): AgendaModel {
  return {
    settings: { ...model.settings },
    breaks: model.breaks.map((b) => ({ ...b })),
    rooms: [...model.rooms],
    blocks: model.blocks.map((b) => ({ ...b, items: b.items.map(cloneItem) })),
    leftOut: model.leftOut.map((i) => ({ ...cloneItem(i), reason: i.reason })),
  };
}

function cloneItem(item: AgendaItemModel): AgendaItemModel {
  return { caseId: item.caseId, minutes: item.minutes, confidence: item.confidence, because: [...item.because] };
}

/** Every case the agenda knows, in blocks or left out. */
export function caseIdsOf(model: AgendaModel): number[] {
  return [...model.blocks.flatMap((b) => b.items.map((i) => i.caseId)), ...model.leftOut.map((i) => i.caseId)];
}

export function findBlock(model: AgendaModel, number: number): AgendaBlockModel | undefined {
  return model.blocks.find((b) => b.number === number);
}

export function nextBlockNumber(model: AgendaModel): number {
  return Math.max(0, ...model.blocks.map((b) => b.number)) + 1;
}

/** The room of a table as people read it: its name, or "Tafel 2" in the reader's words. */
export function roomName(model: Pick<AgendaModel, 'rooms'>, table: number): string {
  return model.rooms[table - 1]?.trim() ?? '';
}
