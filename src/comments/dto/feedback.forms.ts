import { Transform } from 'class-transformer';
import { IsInt, IsString, Max, Min } from 'class-validator';
import { Trimmed } from '../../common/forms/form-fields';

export const MAX_FEEDBACK_PER_PARTICIPANT = 10;

/** The trainer's request: each participant gives feedback on this many cases. */
export class AllocationForm {
  @Transform(({ value }) => (typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : NaN))
  @IsInt({ message: 'comments.feedback.errors.perParticipant' })
  @Min(1, { message: 'comments.feedback.errors.perParticipant' })
  @Max(MAX_FEEDBACK_PER_PARTICIPANT, { message: 'comments.feedback.errors.perParticipant' })
  perParticipant: number = NaN;
}

/** When comments close, Amsterdam time; both empty for the default, the end of meeting two. */
export class WindowForm {
  @Trimmed()
  @IsString()
  closesDate: string = '';

  @Trimmed()
  @IsString()
  closesTime: string = '';
}
