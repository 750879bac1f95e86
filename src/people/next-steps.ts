import type { Edition } from '../editions/edition.entity';
import type { EnrolmentRole } from '../enrolments/enrolment.entity';

export interface NextStep {
  key: string;
  params: Record<string, string | number>;
  href?: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * What a person should do next in an edition, for "Mijn leerateliers". Pure, so that later
 * steps (answering the preparation questions, commenting) can be added and tested here.
 */
export function nextSteps(edition: Edition, role: EnrolmentRole, now: Date): NextStep[] {
  const steps: NextStep[] = [];
  if (edition.meeting2End <= now) return [{ key: 'people.next.finished', params: {} }];
  if (role === 'participant' && edition.caseDeadline > now) {
    const days = Math.ceil((edition.caseDeadline.getTime() - now.getTime()) / DAY_MS);
    steps.push({ key: days <= 7 ? 'people.next.caseSoon' : 'people.next.case', params: { days }, href: `/leerateliers/${edition.slug}/mijn-casus` });
  }
  if (role === 'trainer') steps.push({ key: 'people.next.invite', params: {}, href: `/leerateliers/${edition.slug}/deelnemers` });
  return steps;
}
