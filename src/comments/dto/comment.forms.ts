import { Transform } from 'class-transformer';
import { IsIn, IsString, Matches, MaxLength } from 'class-validator';
import { Trimmed } from '../../common/forms/form-fields';
import { COMMENT_KINDS, COMMENT_MAX_LENGTH } from '../entities/comment.entity';
import { MAIL_PREFERENCES } from '../mail-preferences';

/** Browsers send line breaks as CRLF; counted as one character each, as the field's maxlength does. */
function TypedText(): PropertyDecorator {
  return Transform(({ value }) => (typeof value === 'string' ? value.replace(/\r\n?/g, '\n') : value === undefined ? '' : value));
}

/** Who reads a comment a trainer writes: everyone in the edition, or only the author (a trainer note). */
export const AUDIENCES = ['iedereen', 'auteur'] as const;

/** A comment or a reply. The text is kept as typed; it must hold more than spaces. */
export class CommentForm {
  @IsIn(COMMENT_KINDS, { message: 'comments.errors.kind' })
  kind: string = '';

  @TypedText()
  @IsString({ message: 'comments.errors.empty' })
  @Matches(/\S/, { message: 'comments.errors.empty' })
  @MaxLength(COMMENT_MAX_LENGTH, { message: 'comments.errors.tooLong' })
  body: string = '';

  @IsIn(AUDIENCES, { message: 'comments.errors.audience' })
  audience: string = 'iedereen';
}

export class HideForm {
  @Trimmed()
  @IsString({ message: 'comments.errors.reasonEmpty' })
  @Matches(/\S/, { message: 'comments.errors.reasonEmpty' })
  @MaxLength(300, { message: 'comments.errors.reasonTooLong' })
  reason: string = '';
}

export class MailPreferenceForm {
  @IsIn(MAIL_PREFERENCES, { message: 'comments.errors.preference' })
  preference: string = '';
}
