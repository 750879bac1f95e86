import { parseAmsterdamInput, toAmsterdam } from '../../common/dates/amsterdam-time';

/*
 * Values of the trainer's forms as they are typed, and back. Pure, so the rules are tested
 * on their own.
 */

export const ANSWER_LENGTH = { min: 50, max: 10_000, default: 1500 };
export const MAX_QUESTIONS = 20;

export type DeadlineInput = { ok: true; deadline: Date | null } | { ok: false; field: 'deadlineDate' | 'deadlineTime'; key: string };

/**
 * Both empty: the default deadline. A date without a time closes at 23.59 uur that day, because
 * "until Monday" is meant to include Monday. The date comes as "2030-09-16" from a date
 * picker, or as "16-9-2030" where an old browser shows a plain text box.
 */
export function readDeadline(date: string, time: string): DeadlineInput {
  if (date === '' && time === '') return { ok: true, deadline: null };
  if (date === '') return { ok: false, field: 'deadlineDate', key: 'validation.date' };
  const iso = isoDate(date);
  if (!iso) return { ok: false, field: 'deadlineDate', key: 'validation.date' };
  const deadline = parseAmsterdamInput(iso, time === '' ? '23:59' : time);
  if (deadline) return { ok: true, deadline };
  // The date alone may be fine; then it is the time that is wrong.
  return parseAmsterdamInput(iso, '12:00') ? { ok: false, field: 'deadlineTime', key: 'validation.time' } : { ok: false, field: 'deadlineDate', key: 'validation.date' };
}

function isoDate(input: string): string | undefined {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(input);
  const dutch = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(input);
  const [year, month, day] = iso ? [iso[1], iso[2], iso[3]] : dutch ? [dutch[3], dutch[2], dutch[1]] : [];
  return year ? `${year}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}` : undefined;
}

/** A whole number within bounds, or undefined. */
export function readWholeNumber(input: string, min: number, max: number): number | undefined {
  if (!/^\d{1,6}$/.test(input)) return undefined;
  const value = Number(input);
  return value >= min && value <= max ? value : undefined;
}

/** The date and time fields as the form shows a stored deadline again. */
export function deadlineInputs(deadline: Date | null): { deadlineDate: string; deadlineTime: string } {
  if (!deadline) return { deadlineDate: '', deadlineTime: '' };
  const wall = toAmsterdam(deadline);
  const two = (n: number) => String(n).padStart(2, '0');
  return { deadlineDate: `${wall.year}-${two(wall.month)}-${two(wall.day)}`, deadlineTime: `${two(wall.hour)}:${two(wall.minute)}` };
}
