import { parseAmsterdamInput } from '../common/dates/amsterdam-time';
import type { FieldErrors } from '../common/forms/parse-form';
import type { Edition, EditionStatus } from '../editions/edition.entity';
import { isValidSlug } from '../editions/edition-rules';
import type { EditionForm } from './dto/edition.form';
import { formatFeeInput, looksLikeTime, normaliseDate, parseFeeCents, parseWholeNumber, toDateTimeInputs } from './edition-inputs';

/*
 * The rules of the edition form that go beyond "filled in": dates and times in Amsterdam, the
 * fee, numbers within bounds, and the rules between fields. Pure, so every rule has a unit test;
 * whether a slug is taken is asked of the database by the service.
 */

/** What an edition is made of, apart from its id, slug and timestamps. */
export type EditionSettings = Omit<Edition, 'id' | 'slug' | 'createdAt' | 'updatedAt'>;

/** The settings the form describes; `slug` is empty when it should be made from the title. */
export type FormSettings = Omit<EditionSettings, 'status'> & { slug: string; status?: EditionStatus };

export type FormInput = Omit<EditionForm, 'status'>;

const FORM_FIELDS: Record<keyof FormInput, true> = {
  title: true, slug: true, description: true,
  meeting1Date: true, meeting1StartTime: true, meeting1EndTime: true,
  meeting2Date: true, meeting2StartTime: true, meeting2EndTime: true,
  walkInMinutes: true, venueName: true, venueAddress: true,
  capacityMin: true, capacityMax: true, fee: true, deadlineDate: true, deadlineTime: true,
};

/**
 * The posted values as the rules read them: trimmed text, and an empty string for anything
 * missing or odd (a repeated field), which the form class reports on its own.
 */
export function formInputFrom(values: Record<string, unknown>): FormInput {
  const input = {} as FormInput;
  for (const field of Object.keys(FORM_FIELDS) as (keyof FormInput)[]) {
    const value = values[field];
    input[field] = typeof value === 'string' ? value.trim() : '';
  }
  return input;
}

export const WALK_IN_MAX = 180;
export const CAPACITY_MIN = 1;
export const CAPACITY_MAX = 200;

/**
 * Checks the typed form. Fields that are empty are left to the form class, which says "fill
 * this in"; a rule between two fields is checked only when both could be read, so each field
 * gets one message, the one that helps most.
 */
export function checkEditionForm(input: FormInput): { settings?: FormSettings; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const m1Start = readMoment(errors, input, 'meeting1Date', 'meeting1StartTime');
  const m1End = readMoment(errors, input, 'meeting1Date', 'meeting1EndTime');
  const m2Start = readMoment(errors, input, 'meeting2Date', 'meeting2StartTime');
  const m2End = readMoment(errors, input, 'meeting2Date', 'meeting2EndTime');
  if (m1Start && m1End && m1End <= m1Start) errors.meeting1EndTime = 'admin.rule.endAfterStart';
  if (m2Start && m2End && m2End <= m2Start) errors.meeting2EndTime = 'admin.rule.endAfterStart';
  // Against the later of start and end: an end before its start has a message of its own already.
  const meeting1Last = [m1Start, m1End].filter((d): d is Date => !!d).sort((a, b) => b.getTime() - a.getTime())[0];
  if (meeting1Last && m2Start && m2Start <= meeting1Last) errors.meeting2Date ??= 'admin.rule.meeting2AfterMeeting1';

  const deadline = readDeadline(errors, input, m2Start);
  // Only against a meeting two that makes sense: its own end-before-start message comes first.
  const meeting2Valid = m2Start && m2End && m2End > m2Start;
  if (deadline && meeting2Valid && deadline >= m2End) errors.deadlineDate ??= 'admin.rule.deadlineBeforeEnd';

  const walkInMinutes = readNumber(errors, input, 'walkInMinutes', 0, WALK_IN_MAX, 'admin.rule.walkInRange');
  const capacityMin = readNumber(errors, input, 'capacityMin', CAPACITY_MIN, CAPACITY_MAX, 'admin.rule.capacityRange');
  const capacityMax = readNumber(errors, input, 'capacityMax', CAPACITY_MIN, CAPACITY_MAX, 'admin.rule.capacityRange');
  if (capacityMin !== undefined && capacityMax !== undefined && capacityMin > capacityMax) {
    errors.capacityMin = 'admin.rule.capacityMinAboveMax';
  }
  const feeCents = input.fee ? parseFeeCents(input.fee) : undefined;
  if (input.fee && feeCents === undefined) errors.fee = 'admin.rule.fee';
  if (input.slug && !isValidSlug(input.slug)) errors.slug = 'admin.rule.slugFormat';

  if (Object.keys(errors).length > 0) return { errors };
  if (!m1Start || !m1End || !m2Start || !m2End || !deadline) return { errors };
  if (walkInMinutes === undefined || capacityMin === undefined || capacityMax === undefined || feeCents === undefined) return { errors };
  return {
    errors,
    settings: {
      title: input.title,
      slug: input.slug,
      description: input.description,
      meeting1Start: m1Start,
      meeting1End: m1End,
      meeting2Start: m2Start,
      meeting2End: m2End,
      walkInMinutes,
      venueName: input.venueName,
      venueAddress: input.venueAddress,
      capacityMin,
      capacityMax,
      feeCents,
      caseDeadline: deadline,
    },
  };
}

type DateField = 'meeting1Date' | 'meeting2Date' | 'deadlineDate';
type TimeField = 'meeting1StartTime' | 'meeting1EndTime' | 'meeting2StartTime' | 'meeting2EndTime' | 'deadlineTime';

/** A date and a time field as one moment in Amsterdam; undefined (with a message) when unreadable. */
function readMoment(errors: FieldErrors, input: FormInput, dateField: DateField, timeField: TimeField): Date | undefined {
  const date = input[dateField] ? normaliseDate(input[dateField]) : undefined;
  if (input[dateField] && !date) errors[dateField] = 'admin.rule.dateInvalid';
  const time = input[timeField];
  if (time && !looksLikeTime(time)) errors[timeField] = 'validation.time';
  if (!date || !time || errors[dateField] || errors[timeField]) return undefined;
  const moment = parseAmsterdamInput(date, time);
  // Both looked right, so either the time (25:00) or the date (31 June) does not exist.
  if (!moment) {
    if (isRealTime(time)) errors[dateField] = 'admin.rule.dateInvalid';
    else errors[timeField] = 'validation.time';
  }
  return moment;
}

function isRealTime(time: string): boolean {
  const [hour, minute] = time.split(/[:.]/).map(Number);
  return hour <= 23 && minute <= 59;
}

/** The case deadline: both fields empty means the start of meeting two. */
function readDeadline(errors: FieldErrors, input: FormInput, meeting2Start: Date | undefined): Date | undefined {
  if (!input.deadlineDate && !input.deadlineTime) return meeting2Start;
  if (!input.deadlineDate) errors.deadlineDate = 'admin.rule.deadlineNeedsDate';
  if (!input.deadlineTime) errors.deadlineTime = 'admin.rule.deadlineNeedsTime';
  return readMoment(errors, input, 'deadlineDate', 'deadlineTime');
}

type NumberField = 'walkInMinutes' | 'capacityMin' | 'capacityMax';

function readNumber(errors: FieldErrors, input: FormInput, field: NumberField, min: number, max: number, message: string): number | undefined {
  if (!/^\d+$/.test(input[field])) return undefined;
  const value = parseWholeNumber(input[field], min, max);
  if (value === undefined) errors[field] = message;
  return value;
}

/** The values a new edition's form starts with: the usual afternoon, 10 to 20 people, draft. */
export function newEditionValues(): Record<string, string> {
  return { meeting1StartTime: '13:00', meeting1EndTime: '17:00', meeting2StartTime: '13:00', meeting2EndTime: '17:00',
    walkInMinutes: '30', capacityMin: '10', capacityMax: '20', status: 'draft' };
}

/** An edition as its edit form shows it, times in Amsterdam. */
export function editionFormValues(edition: Edition): Record<string, string> {
  const [meeting1Date, meeting1StartTime] = toDateTimeInputs(edition.meeting1Start);
  const [, meeting1EndTime] = toDateTimeInputs(edition.meeting1End);
  const [meeting2Date, meeting2StartTime] = toDateTimeInputs(edition.meeting2Start);
  const [, meeting2EndTime] = toDateTimeInputs(edition.meeting2End);
  const [deadlineDate, deadlineTime] = toDateTimeInputs(edition.caseDeadline);
  return {
    title: edition.title,
    slug: edition.slug,
    description: edition.description,
    meeting1Date,
    meeting1StartTime,
    meeting1EndTime,
    meeting2Date,
    meeting2StartTime,
    meeting2EndTime,
    walkInMinutes: String(edition.walkInMinutes),
    venueName: edition.venueName,
    venueAddress: edition.venueAddress,
    capacityMin: String(edition.capacityMin),
    capacityMax: String(edition.capacityMax),
    fee: formatFeeInput(edition.feeCents),
    deadlineDate,
    deadlineTime,
  };
}
