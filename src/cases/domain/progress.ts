import { toAmsterdam } from '../../common/dates/amsterdam-time';
import type { CaseStatus } from '../entities/case.entity';

/** Where a participant stands with their case(s), for the trainer's progress page. */
export type AuthorProgress = 'submitted' | 'draft' | 'withdrawn' | 'none';

/** One submitted case is enough to count as handed in; a draft counts before a withdrawn case. */
export function progressOf(statuses: readonly CaseStatus[]): AuthorProgress {
  if (statuses.includes('submitted')) return 'submitted';
  if (statuses.includes('draft')) return 'draft';
  if (statuses.includes('withdrawn')) return 'withdrawn';
  return 'none';
}

/** The Amsterdam calendar day as "2030-09-28", the unit of "at most one reminder a day". */
export function amsterdamDay(now: Date): string {
  const { year, month, day } = toAmsterdam(now);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
