import { IsEmail, IsIn, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { EmailAddress, Trimmed } from '../../common/forms/form-fields';
import { EDITION_STATUSES, type EditionStatus } from '../../editions/edition.entity';

const required = { message: 'validation.required' };
const tooLong = { message: 'validation.tooLong' };
const wholeNumber = { message: 'validation.number' };

// Of several messages for a field, parseForm shows that of the decorator written first, so
// "fill this in" comes before the format rules.

/**
 * The edition form as typed: every value stays a string here, so that a wrong one can be shown
 * again exactly as it was typed. Dates, times, the fee and the rules between fields are read by
 * `checkEditionForm` (edition-form-rules.ts).
 */
export class EditionForm {
  @Trimmed() @IsNotEmpty(required) @IsString(required) @MaxLength(200, tooLong)
  title: string;

  /** Empty: made from the title. */
  @Trimmed() @IsString(required) @MaxLength(80, tooLong)
  slug: string = '';

  @Trimmed() @IsString(required) @MaxLength(5000, tooLong)
  description: string = '';

  @Trimmed() @IsNotEmpty(required) @IsString(required) @MaxLength(20, tooLong)
  meeting1Date: string;

  @Trimmed() @IsNotEmpty(required) @IsString(required) @MaxLength(10, tooLong)
  meeting1StartTime: string;

  @Trimmed() @IsNotEmpty(required) @IsString(required) @MaxLength(10, tooLong)
  meeting1EndTime: string;

  @Trimmed() @IsNotEmpty(required) @IsString(required) @MaxLength(20, tooLong)
  meeting2Date: string;

  @Trimmed() @IsNotEmpty(required) @IsString(required) @MaxLength(10, tooLong)
  meeting2StartTime: string;

  @Trimmed() @IsNotEmpty(required) @IsString(required) @MaxLength(10, tooLong)
  meeting2EndTime: string;

  @Trimmed() @IsNotEmpty(required) @IsString(required) @Matches(/^\d{1,6}$/, wholeNumber)
  walkInMinutes: string;

  @Trimmed() @IsNotEmpty(required) @IsString(required) @MaxLength(200, tooLong)
  venueName: string;

  @Trimmed() @IsNotEmpty(required) @IsString(required) @MaxLength(300, tooLong)
  venueAddress: string;

  @Trimmed() @IsNotEmpty(required) @IsString(required) @Matches(/^\d{1,6}$/, wholeNumber)
  capacityMin: string;

  @Trimmed() @IsNotEmpty(required) @IsString(required) @Matches(/^\d{1,6}$/, wholeNumber)
  capacityMax: string;

  @Trimmed() @IsNotEmpty(required) @IsString(required) @MaxLength(20, tooLong)
  fee: string;

  /** Deadline date and time: both empty means "the start of meeting two". */
  @Trimmed() @IsString(required) @MaxLength(20, tooLong)
  deadlineDate: string = '';

  @Trimmed() @IsString(required) @MaxLength(10, tooLong)
  deadlineTime: string = '';

  /** Only the create form has it; on the edit page the status has buttons of its own. */
  @IsOptional() @IsIn(EDITION_STATUSES, { message: 'validation.choose' })
  status?: EditionStatus;
}

export class StatusForm {
  @IsIn(EDITION_STATUSES, { message: 'validation.choose' })
  status: EditionStatus;
}

export class TrainerForm {
  @Trimmed() @IsNotEmpty(required) @IsString(required) @MaxLength(120, tooLong)
  name: string;

  @EmailAddress() @IsNotEmpty(required) @IsEmail({}, { message: 'validation.email' }) @MaxLength(254, tooLong)
  email: string;
}
