import { IsEmail, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { EmailAddress, Trimmed } from '../../common/forms/form-fields';

export class LoginForm {
  @EmailAddress()
  @IsEmail({}, { message: 'validation.email' })
  @IsNotEmpty({ message: 'validation.required' })
  email: string;

  @IsString({ message: 'validation.required' })
  @IsNotEmpty({ message: 'validation.required' })
  @MaxLength(200, { message: 'validation.tooLong' })
  password: string;

  /** Where to go after logging in. */
  @IsOptional()
  @IsString()
  @Trimmed()
  terug?: string;
}

export class ForgotPasswordForm {
  @EmailAddress()
  @IsEmail({}, { message: 'validation.email' })
  @IsNotEmpty({ message: 'validation.required' })
  email: string;
}

export class SetPasswordForm {
  @IsString({ message: 'validation.required' })
  @IsNotEmpty({ message: 'validation.required' })
  password: string;

  @IsString({ message: 'validation.required' })
  @IsNotEmpty({ message: 'validation.required' })
  passwordAgain: string;
}
