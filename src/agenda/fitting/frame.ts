import { fittingErrors } from './errors';
import { BreakInput, FittingInput, Slot } from './types';

export const MINUTE = 60_000;
const DEFAULT_OPENING = 15;
const DEFAULT_CLOSING = 15;
const DEFAULT_BREAK = 15;
/** Below this much discussion time a default break would only cut it up. */
const NO_DEFAULT_BREAK_UNDER = 60;
/** A default break starts on a round time: every five minutes from the start. */
const ROUND_TO = 5;

/** A stretch of discussion time between opening, breaks and closing, in epoch milliseconds. */
export interface Part {
  start: number;
  end: number;
}

export interface Frame {
  slots: Slot[];
  parts: Part[];
}

/**
 * The fixed parts of the afternoon and the stretches left for cases. Walk-in lies before the
 * start and holds nothing; opening follows the start, closing precedes the end.
 */
export function frameOf(input: FittingInput): Frame {
  const start = input.start?.getTime();
  const end = input.end?.getTime();
  if (!Number.isFinite(start) || !Number.isFinite(end) || end <= start) throw fittingErrors.invalidTimes();
  const walkIn = wholeMinutes(input.walkInMinutes ?? 0, 'De inloop');
  const opening = wholeMinutes(input.openingMinutes ?? DEFAULT_OPENING, 'De opening');
  const closing = wholeMinutes(input.closingMinutes ?? DEFAULT_CLOSING, 'De afsluiting');
  const from = start + opening * MINUTE;
  const to = end - closing * MINUTE;
  if (to <= from) throw fittingErrors.tooShort(0, 0);

  const breaks = (input.breaks ?? defaultBreaks(from, to, start)).map((b) => breakSpan(b, start));
  breaks.sort((a, b) => a.start - b.start);
  for (const b of breaks) if (b.start < from || b.end > to) throw fittingErrors.breakOutside();
  for (let i = 1; i < breaks.length; i++) if (breaks[i].start < breaks[i - 1].end) throw fittingErrors.breaksOverlap();

  const slots: Slot[] = [];
  if (walkIn > 0) slots.push(slot('walk-in', 'Inloop', start - walkIn * MINUTE, start));
  if (opening > 0) slots.push(slot('opening', 'Opening', start, from));
  for (const b of breaks) slots.push(slot('break', 'Pauze', b.start, b.end));
  if (closing > 0) slots.push(slot('closing', 'Afsluiting', to, end));
  return { slots, parts: partsBetween(from, to, breaks) };
}

function defaultBreaks(from: number, to: number, start: number): BreakInput[] {
  const available = (to - from) / MINUTE;
  if (available < NO_DEFAULT_BREAK_UNDER) return [];
  const halfway = (from - start) / MINUTE + (available - DEFAULT_BREAK) / 2;
  return [{ afterMinutes: Math.round(halfway / ROUND_TO) * ROUND_TO, minutes: DEFAULT_BREAK }];
}

function breakSpan(input: BreakInput, start: number): Part {
  const minutes = wholeMinutes(input.minutes, 'Een pauze');
  const at = 'at' in input ? input.at?.getTime() : start + wholeMinutes(input.afterMinutes, 'Het begin van een pauze') * MINUTE;
  if (at === undefined || !Number.isFinite(at)) throw fittingErrors.breakOutside();
  return { start: at, end: at + minutes * MINUTE };
}

function partsBetween(from: number, to: number, breaks: Part[]): Part[] {
  const parts: Part[] = [];
  let cursor = from;
  for (const b of breaks) {
    if (b.start > cursor) parts.push({ start: cursor, end: b.start });
    cursor = Math.max(cursor, b.end);
  }
  if (to > cursor) parts.push({ start: cursor, end: to });
  return parts;
}

export function wholeMinutes(value: unknown, what: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) throw fittingErrors.invalidMinutes(what);
  return value;
}

function slot(kind: Slot['kind'], label: string, start: number, end: number): Slot {
  return { kind, label, start: new Date(start), end: new Date(end) };
}
