import { Transform } from 'class-transformer';
import { IsArray, IsBoolean, IsIn, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { Checkbox, Trimmed } from '../../common/forms/form-fields';
import { CASE_LIMITS } from '../domain/case-fields';

export type CaseAction = 'opslaan' | 'indienen';

const TOO_LONG = { message: 'validation.tooLong' };

/**
 * The case form. Only the title is needed for a draft, so a participant can save half a case;
 * what submitting needs on top is checked by missingForSubmit.
 */
export class CaseForm {
  @Trimmed()
  @IsNotEmpty({ message: 'cases.form.titleRequired' })
  @MaxLength(CASE_LIMITS.title, TOO_LONG)
  title: string = '';

  @Trimmed()
  @MaxLength(CASE_LIMITS.organisation, TOO_LONG)
  organisation: string = '';

  @Trimmed()
  @MaxLength(CASE_LIMITS.context, TOO_LONG)
  context: string = '';

  @Trimmed()
  @MaxLength(CASE_LIMITS.situation, TOO_LONG)
  situation: string = '';

  @Trimmed()
  @MaxLength(CASE_LIMITS.involved, TOO_LONG)
  involved: string = '';

  @Trimmed()
  @MaxLength(CASE_LIMITS.tried, TOO_LONG)
  tried: string = '';

  @Trimmed()
  @MaxLength(CASE_LIMITS.question, TOO_LONG)
  question: string = '';

  /** Checkbox values: none, one (a string) or several (an array). */
  @Transform(({ value }) => (value === undefined ? [] : Array.isArray(value) ? value : [value]))
  @IsArray()
  @IsString({ each: true })
  themes: string[] = [];

  @Trimmed()
  @MaxLength(CASE_LIMITS.otherTheme, TOO_LONG)
  otherTheme: string = '';

  @IsIn(['opslaan', 'indienen'])
  actie: CaseAction = 'opslaan';

  @Checkbox()
  @IsBoolean()
  bevestiging: boolean = false;

  /** The fingerprint of the privacy findings the author has seen; see findingsFingerprint. */
  @IsString()
  privacyGezien: string = '';
}
