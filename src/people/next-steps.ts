import type { Edition } from '../editions/edition.entity';
import type { EnrolmentRole } from '../enrolments/enrolment.entity';
import type { PreparationSummary } from '../preparation/preparation-status';

export interface NextStep {
  key: string;
  params: Record<string, string | number>;
  href?: string;
  /** A moment the text names as {date}; the page writes it in the reader's language. */
  at?: Date;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * What a person should do next in an edition, for "Mijn leerateliers". Pure, so that every
 * step (the preparation, the case, and later ones such as commenting) is tested here.
 */
export function nextSteps(edition: Edition, role: EnrolmentRole, now: Date, preparation?: PreparationSummary): NextStep[] {
  const steps: NextStep[] = [];
  if (edition.meeting2End <= now) return [{ key: 'people.next.finished', params: {} }];
  const prepared = preparation && preparationStep(edition, role, now, preparation);
  if (prepared) steps.push(prepared);
  if (role === 'participant' && edition.caseDeadline > now) {
    const days = Math.ceil((edition.caseDeadline.getTime() - now.getTime()) / DAY_MS);
    steps.push({ key: days <= 7 ? 'people.next.caseSoon' : 'people.next.case', params: { days }, href: `/leerateliers/${edition.slug}/mijn-casus` });
  }
  if (role === 'trainer') steps.push({ key: 'people.next.invite', params: {}, href: `/leerateliers/${edition.slug}/deelnemers` });
  return steps;
}

/**
 * The preparation before meeting one: for a participant the status of their answers (not
 * started, draft, submitted) with a link to the page; for a guest the material; for a trainer
 * setting it up or reading the answers. Once shared, everyone is pointed to the group's answers.
 */
function preparationStep(edition: Edition, role: EnrolmentRole, now: Date, summary: PreparationSummary): NextStep | undefined {
  const page = `/leerateliers/${edition.slug}/voorbereiding`;
  if (role === 'trainer') {
    return summary.hasQuestions
      ? { key: 'preparation.next.answers', params: {}, href: `${page}/antwoorden` }
      : { key: 'preparation.next.setUp', params: {}, href: `${page}/instellen` };
  }
  if (!summary.hasQuestions) return undefined;
  if (summary.shared) return { key: 'preparation.next.shared', params: {}, href: `${page}/groep` };
  if (role === 'guest') return { key: 'preparation.next.read', params: {}, href: page };
  const open = now < summary.deadline;
  if (open) return { key: `preparation.next.${summary.status}`, params: {}, href: page, at: summary.deadline };
  const key = { submitted: 'submittedClosed', draft: 'missedDraft', notStarted: 'missedNotStarted' }[summary.status];
  return { key: `preparation.next.${key}`, params: {}, href: page };
}
