import { Transform } from 'class-transformer';
import { Allow, IsIn, IsInt, IsNotEmpty, IsOptional, Max, MaxLength, Min } from 'class-validator';
import { Trimmed } from '../../common/forms/form-fields';
import { LIMITS } from '../domain/agenda-model';

/*
 * The agenda's edit forms. Every one carries the revision the page showed; the service checks
 * it, so it is only allowed here, not validated. Messages are translation keys.
 */

/** "12" → 12; anything else stays as typed, so IsInt can say what is wrong. */
function WholeNumber(): PropertyDecorator {
  return Transform(({ value }) => (typeof value === 'string' && /^\s*\d{1,6}\s*$/.test(value) ? Number(value) : value));
}

/** An empty field means "none": null. */
function OptionalWholeNumber(): PropertyDecorator {
  return Transform(({ value }) => (value === undefined || (typeof value === 'string' && value.trim() === '') ? null : typeof value === 'string' && /^\s*\d{1,6}\s*$/.test(value) ? Number(value) : value));
}

export class AgendaForm {
  @Allow()
  revision?: unknown;
}

export class MoveCaseForm extends AgendaForm {
  @WholeNumber()
  @IsInt({ message: 'agenda.form.chooseBlock' })
  blockNumber: number;

  /** Where in the block (1 is first); empty for the end. Drag and drop fills it in. */
  @OptionalWholeNumber()
  @IsOptional()
  @IsInt({ message: 'validation.number' })
  position: number | null = null;
}

export class CaseMinutesForm extends AgendaForm {
  @OptionalWholeNumber()
  @IsOptional()
  @IsInt({ message: 'validation.number' })
  @Min(1, { message: 'validation.number' })
  @Max(LIMITS.minutes, { message: 'agenda.form.minutesTooLong' })
  minutes: number | null = null;
}

export class LeaveOutForm extends AgendaForm {
  @Trimmed()
  @IsNotEmpty({ message: 'agenda.form.reasonRequired' })
  @MaxLength(LIMITS.reason, { message: 'validation.tooLong' })
  reason: string;
}

export class BlockLabelForm extends AgendaForm {
  @Trimmed()
  @IsNotEmpty({ message: 'validation.required' })
  @MaxLength(LIMITS.label, { message: 'validation.tooLong' })
  label: string;
}

export class MergeBlockForm extends AgendaForm {
  @WholeNumber()
  @IsInt({ message: 'agenda.form.chooseBlock' })
  into: number;
}

export class SplitBlockForm extends AgendaForm {
  @WholeNumber()
  @IsInt({ message: 'agenda.form.chooseCase' })
  atCase: number;
}

function minutesField(min: number, max: number, key: string): PropertyDecorator[] {
  return [WholeNumber(), IsInt({ message: 'validation.number' }), Min(min, { message: key }), Max(max, { message: key })];
}

function apply(decorators: PropertyDecorator[]): PropertyDecorator {
  return (target, property) => decorators.forEach((d) => d(target, property));
}

export class SettingsForm extends AgendaForm {
  @apply(minutesField(0, LIMITS.fixedPart, 'agenda.form.fixedPartRange'))
  openingMinutes: number;

  @apply(minutesField(0, LIMITS.fixedPart, 'agenda.form.fixedPartRange'))
  closingMinutes: number;

  @apply(minutesField(1, LIMITS.minutes, 'agenda.form.caseMinutesRange'))
  minMinutesPerCase: number;

  @apply(minutesField(1, LIMITS.minutes, 'agenda.form.caseMinutesRange'))
  maxMinutesPerCase: number;

  @IsIn(['auto', '1', '2', '3', '4'], { message: 'validation.choose' })
  tables: string;

  @Trimmed() @MaxLength(LIMITS.room, { message: 'validation.tooLong' }) room1: string = '';
  @Trimmed() @MaxLength(LIMITS.room, { message: 'validation.tooLong' }) room2: string = '';
  @Trimmed() @MaxLength(LIMITS.room, { message: 'validation.tooLong' }) room3: string = '';
  @Trimmed() @MaxLength(LIMITS.room, { message: 'validation.tooLong' }) room4: string = '';
}

export class BreakForm extends AgendaForm {
  /** A clock time on the day of the meeting, "14:30" or "14.30". */
  @Trimmed()
  @IsNotEmpty({ message: 'validation.time' })
  start: string;

  @apply(minutesField(1, LIMITS.fixedPart, 'agenda.form.breakMinutesRange'))
  minutes: number;
}
