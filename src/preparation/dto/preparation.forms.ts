import { IsBoolean, IsNotEmpty, IsString, IsUrl, MaxLength, ValidateIf } from 'class-validator';
import { Checkbox, Trimmed } from '../../common/forms/form-fields';

const required = { message: 'validation.required' };
const tooLong = { message: 'validation.tooLong' };

// Numbers, the date and the time stay strings here, so a wrong value is shown again exactly as
// typed; setup-inputs.ts reads them.

/** The material, the deadline and the automatic reminder of an edition's preparation. */
export class MaterialForm {
  @Trimmed() @IsString(required) @MaxLength(5000, tooLong)
  material: string = '';

  @Trimmed() @IsString(required) @MaxLength(200, tooLong)
  articleTitle: string = '';

  @Trimmed()
  @ValidateIf((form: MaterialForm) => form.articleUrl !== '')
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'preparation.setup.urlInvalid' })
  @MaxLength(500, tooLong)
  articleUrl: string = '';

  @Trimmed() @IsString(required) @MaxLength(20, tooLong)
  deadlineDate: string = '';

  @Trimmed() @IsString(required) @MaxLength(10, tooLong)
  deadlineTime: string = '';

  @Trimmed() @IsString(required) @MaxLength(6, tooLong)
  reminderDays: string = '';
}

/** A question, new or changed. */
export class QuestionForm {
  @Trimmed() @IsNotEmpty(required) @IsString(required) @MaxLength(500, tooLong)
  text: string;

  @Trimmed() @IsString(required) @MaxLength(500, tooLong)
  hint: string = '';

  @Checkbox() @IsBoolean()
  required: boolean = false;

  @Trimmed() @IsNotEmpty(required) @IsString(required) @MaxLength(6, tooLong)
  maxLength: string;
}
