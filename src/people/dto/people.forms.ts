import { IsEmail, IsIn, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { EmailAddress, Trimmed } from '../../common/forms/form-fields';
import type { EnrolmentRole } from '../../enrolments/enrolment.entity';

export class InviteForm {
  @Trimmed()
  @IsNotEmpty({ message: 'validation.required' })
  @MaxLength(120, { message: 'validation.tooLong' })
  name: string;

  @EmailAddress()
  @IsEmail({}, { message: 'validation.email' })
  @IsNotEmpty({ message: 'validation.required' })
  email: string;

  @Trimmed()
  @MaxLength(160, { message: 'validation.tooLong' })
  organisation: string = '';

  @IsIn(['participant', 'guest', 'trainer'], { message: 'validation.choose' })
  role: EnrolmentRole = 'participant';
}

export class InviteListForm {
  @IsString()
  list: string = '';

  @IsIn(['participant', 'guest'], { message: 'validation.choose' })
  role: EnrolmentRole = 'participant';
}

/** Accepting an invitation as someone new: profile and a password. */
export class AcceptForm {
  @Trimmed()
  @IsNotEmpty({ message: 'validation.required' })
  @MaxLength(120, { message: 'validation.tooLong' })
  name: string;

  @Trimmed()
  @IsNotEmpty({ message: 'validation.required' })
  @MaxLength(160, { message: 'validation.tooLong' })
  organisation: string;

  @Trimmed()
  @MaxLength(160, { message: 'validation.tooLong' })
  jobTitle: string = '';

  @IsString()
  password: string = '';

  @IsString()
  passwordAgain: string = '';
}
