import { Transform } from 'class-transformer';
import { IsInt, IsString, Max, Min } from 'class-validator';
import { Trimmed } from '../../common/forms/form-fields';

/** Cases per participant: one by default; a trainer may allow a few more. */
export const MAX_CASES_LIMIT = 5;

export class CaseSettingsForm {
  @Transform(({ value }) => (typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value))
  @IsInt({ message: 'validation.number' })
  @Min(1, { message: 'cases.progress.maxRange' })
  @Max(MAX_CASES_LIMIT, { message: 'cases.progress.maxRange' })
  maxCasesPerParticipant: number;
}

/** A moment in Amsterdam time from `<input type="date">` and `<input type="time">`. */
export class ExtensionForm {
  @Trimmed()
  @IsString()
  date: string = '';

  @Trimmed()
  @IsString()
  time: string = '';
}
