import { Injectable } from '@nestjs/common';
import type { Actor } from '../auth/actor';
import { CasesRepository } from '../cases/cases.repository';
import { toAmsterdam } from '../common/dates/amsterdam-time';
import { ForbiddenError } from '../common/errors/domain-errors';
import type { FormResult } from '../common/forms/parse-form';
import { EditionAccessService } from '../enrolments/edition-access';
import { EnrolmentsRepository } from '../enrolments/enrolments.repository';
import { CommentSettingsRepository } from './comment-settings.repository';
import { CommentStatsRepository } from './comment-stats.repository';
import { canHaveAssignments, canManageFeedback } from './comments.policy';
import { commentsCloseAt, isCommentingOpen } from './domain/comment-window';
import { feedbackMatrix } from './domain/feedback-matrix';
import { MAX_FEEDBACK_PER_PARTICIPANT } from './dto/feedback.forms';
import { FeedbackRepository } from './feedback.repository';

/** Which form on the trainer's page came back with a problem, and what was typed. */
export interface RefusedForm {
  form: 'allocation' | 'window';
  result: FormResult<never>;
}

/** The trainer's feedback page and the participant's "Jouw feedbackopdrachten". */
@Injectable()
export class FeedbackPagesService {
  constructor(
    private readonly editions: EditionAccessService,
    private readonly enrolments: EnrolmentsRepository,
    private readonly cases: CasesRepository,
    private readonly settings: CommentSettingsRepository,
    private readonly feedback: FeedbackRepository,
    private readonly stats: CommentStatsRepository,
  ) {}

  /** Who commented on which case, who was asked to, the cases with few comments, and the settings. */
  async trainerPage(actor: Actor, slug: string, refused?: RefusedForm, now = new Date()) {
    const { edition, enrolment } = await this.editions.open(actor, slug);
    if (!canManageFeedback(actor, enrolment)) throw new ForbiddenError();
    const settings = await this.settings.of(edition.id);
    const people = await this.enrolments.findPeople(edition.id);
    const participants = people.filter((p) => p.role === 'participant' && p.status === 'active' && p.user);
    const cases = await this.cases.findSubmittedByEdition(edition.id);
    const matrix = feedbackMatrix({
      participants: participants.map((p) => ({ enrolmentId: p.id, userId: p.userId, name: p.user!.name, organisation: p.user!.organisation })),
      cases: cases.map((c) => ({ id: c.id, title: c.currentVersion?.title ?? c.title, authorId: c.authorId, authorName: c.author?.name ?? '', authorOrganisation: c.author?.organisation ?? '' })),
      assignments: await this.feedback.findByEdition(edition.id),
      counts: await this.stats.countByWriterAndCase(cases.map((c) => c.id)),
      perParticipant: settings.perParticipant,
    });
    const closesAt = commentsCloseAt(edition, settings.closesAt);
    const wall = settings.closesAt ? toAmsterdam(settings.closesAt) : null;
    const typed = refused?.result.values ?? {};
    return {
      edition,
      matrix,
      perParticipant: settings.perParticipant,
      maxPerParticipant: MAX_FEEDBACK_PER_PARTICIPANT,
      closesAt,
      isDefaultWindow: settings.closesAt === null,
      open: isCommentingOpen(now, closesAt),
      values: {
        perParticipant: refused?.form === 'allocation' ? String(typed.perParticipant ?? '') : String(settings.perParticipant),
        closesDate: refused?.form === 'window' ? String(typed.closesDate ?? '') : wall ? `${wall.year}-${pad(wall.month)}-${pad(wall.day)}` : '',
        closesTime: refused?.form === 'window' ? String(typed.closesTime ?? '') : wall ? `${pad(wall.hour)}:${pad(wall.minute)}` : '',
      },
      errors: refused && !refused.result.ok ? refused.result.errors : null,
    };
  }

  /** The cases a participant is asked to give feedback on, and which of them they did. */
  async assignmentsPage(actor: Actor, slug: string) {
    const { edition, enrolment } = await this.editions.open(actor, slug);
    if (!canHaveAssignments(enrolment)) throw new ForbiddenError();
    const assignments = await this.feedback.findByEnrolment(enrolment!.id);
    const cases = new Map((await this.cases.findSubmittedByEdition(edition.id)).map((c) => [c.id, c]));
    const written = new Map(
      (await this.stats.countByWriterAndCase(assignments.map((a) => a.caseId))).filter((row) => row.authorId === actor.id).map((row) => [row.caseId, row.count]),
    );
    // A case withdrawn after the allocation is no longer there to comment on.
    const items = assignments
      .filter((a) => cases.has(a.caseId))
      .map((a) => {
        const c = cases.get(a.caseId)!;
        return { caseId: c.id, title: c.currentVersion?.title ?? c.title, authorName: c.author?.name ?? '', comments: written.get(c.id) ?? 0, done: (written.get(c.id) ?? 0) > 0 };
      });
    return { edition, items, done: items.filter((i) => i.done).length, total: items.length };
  }
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
