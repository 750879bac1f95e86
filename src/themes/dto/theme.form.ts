import { IsNotEmpty, MaxLength } from 'class-validator';
import { Trimmed } from '../../common/forms/form-fields';

export const THEME_LIMITS = { name: 80, description: 300, keywords: 500 } as const;

export class ThemeForm {
  @Trimmed()
  @IsNotEmpty({ message: 'validation.required' })
  @MaxLength(THEME_LIMITS.name, { message: 'validation.tooLong' })
  name: string;

  @Trimmed()
  @MaxLength(THEME_LIMITS.description, { message: 'validation.tooLong' })
  description: string = '';

  @Trimmed()
  @MaxLength(THEME_LIMITS.keywords, { message: 'validation.tooLong' })
  keywords: string = '';
}
