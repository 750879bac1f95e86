import type { Edition } from '../../editions/edition.entity';

/*
 * Comments help authors before and during meeting two, so by default the window closes when
 * meeting two ends. A trainer may set another moment for the edition.
 */

export function commentsCloseAt(edition: Pick<Edition, 'meeting2End'>, closesAt: Date | null | undefined): Date {
  return closesAt ?? edition.meeting2End;
}

/** Open up to, not at, the closing moment. */
export function isCommentingOpen(now: Date, closesAt: Date): boolean {
  return now.getTime() < closesAt.getTime();
}
