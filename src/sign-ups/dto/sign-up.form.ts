import { IsEmail, IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { EmailAddress, Trimmed } from '../../common/forms/form-fields';

export const REMARKS_MAX_LENGTH = 1000;

/*
 * The public sign-up form. Lengths follow the columns of `sign_ups`. When several rules fail,
 * parseForm shows the message of the topmost one, so "required" comes first.
 */
export class SignUpForm {
  @Trimmed()
  @IsNotEmpty({ message: 'validation.required' })
  @IsString({ message: 'validation.required' })
  @MaxLength(120, { message: 'validation.tooLong' })
  name: string;

  @EmailAddress()
  @IsNotEmpty({ message: 'validation.required' })
  @IsEmail({}, { message: 'validation.email' })
  @MaxLength(254, { message: 'validation.tooLong' })
  email: string;

  @Trimmed()
  @IsNotEmpty({ message: 'validation.required' })
  @IsString({ message: 'validation.required' })
  @MaxLength(160, { message: 'validation.tooLong' })
  organisation: string;

  @Trimmed()
  @IsNotEmpty({ message: 'validation.required' })
  @IsString({ message: 'validation.required' })
  @MaxLength(160, { message: 'validation.tooLong' })
  jobTitle: string;

  /** Radio buttons; no default, so nobody is signed up for lunch without choosing it. */
  @Trimmed()
  @IsIn(['ja', 'nee'], { message: 'validation.choose' })
  lunch: 'ja' | 'nee';

  @Trimmed()
  @IsOptional()
  @IsString({ message: 'signUp.form.remarksTooLong' })
  @MaxLength(REMARKS_MAX_LENGTH, { message: 'signUp.form.remarksTooLong' })
  remarks?: string;
}
