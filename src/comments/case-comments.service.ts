import { Injectable } from '@nestjs/common';
import type { Actor } from '../auth/actor';
import { CasesRepository } from '../cases/cases.repository';
import { Transactions } from '../database/transactions';
import { EditionAccessService } from '../enrolments/edition-access';
import type { EnrolmentRole } from '../enrolments/enrolment.entity';
import { EnrolmentsRepository } from '../enrolments/enrolments.repository';
import { CommentAccess } from './comment-access';
import { CommentReadsRepository } from './comment-reads.repository';
import { CommentStatsRepository, NewCounts } from './comment-stats.repository';
import { commentThreads, everyView } from './comment-views';
import { CommentsRepository } from './comments.repository';
import {
  canChooseCommentMail,
  canComment,
  canHaveAssignments,
  canManageFeedback,
  canReadComments,
  canReadTrainerNotes,
  canWriteTrainerNote,
} from './comments.policy';
import { COMMENT_KINDS, COMMENT_MAX_LENGTH } from './entities/comment.entity';
import { FeedbackRepository } from './feedback.repository';
import { MailPreferences } from './mail-preferences';

export interface CardMarker extends NewCounts {
  /** The reader is asked to give feedback on this case. */
  assigned: boolean;
}

/**
 * The comments on the case page and what is new on the overview's cards. Looking at the case
 * page counts as reading its comments: the new ones are marked this time, and not the next.
 */
@Injectable()
export class CaseCommentsService {
  constructor(
    private readonly access: CommentAccess,
    private readonly editions: EditionAccessService,
    private readonly comments: CommentsRepository,
    private readonly stats: CommentStatsRepository,
    private readonly reads: CommentReadsRepository,
    private readonly enrolments: EnrolmentsRepository,
    private readonly cases: CasesRepository,
    private readonly feedback: FeedbackRepository,
    private readonly preferences: MailPreferences,
    private readonly transactions: Transactions,
  ) {}

  /** The comments section of a case page, in a fixed number of queries however many comments there are. */
  async section(actor: Actor, slug: string, caseId: number, now = new Date()) {
    const context = await this.access.open(actor, slug, caseId, now);
    const { edition, enrolment, case: c, open } = context;
    const withNotes = canReadTrainerNotes(actor, enrolment, c);
    const rows = await this.comments.findForCase(c.id, withNotes);
    const lastSeen = await this.reads.lastSeen(actor.id, c.id);
    const people = await this.enrolments.findPeople(edition.id);
    const roles = new Map<number, EnrolmentRole>(people.map((p) => [p.userId, p.role]));
    const threads = commentThreads(rows, { actor, enrolment, case: c, open, lastSeen, roles });
    const all = everyView(threads);
    const fresh = all.filter((view) => view.isNew);
    if (fresh.length > 0) await this.transactions.write((m) => this.reads.markSeen(m, actor.id, c.id, now));
    const me = people.find((p) => p.id === enrolment?.id);
    const mail = me?.user && canChooseCommentMail(enrolment) ? await this.preferences.of(me, me.user) : null;
    return {
      slug: edition.slug,
      caseId: c.id,
      authorName: c.author?.name ?? '',
      threads: threads.filter((t) => !t.trainerNote),
      noteThreads: withNotes ? threads.filter((t) => t.trainerNote) : null,
      count: all.filter((view) => view.state === 'shown' && !view.trainerNote).length,
      newCount: fresh.length,
      firstNewId: fresh[0]?.id ?? null,
      submitted: c.status === 'submitted',
      open,
      closesAt: context.closesAt,
      canComment: canComment(actor, enrolment, c, open),
      canWriteNote: canWriteTrainerNote(actor, enrolment, c, open),
      kinds: COMMENT_KINDS,
      maxLength: COMMENT_MAX_LENGTH,
      mailPreference: mail,
      hasAssignments: canHaveAssignments(enrolment),
      canManageFeedback: canManageFeedback(actor, enrolment),
    };
  }

  /** Per card of the overview: what is new to this person, and whether they are asked for feedback on it. */
  async cardMarkers(actor: Actor, slug: string, caseIds: readonly number[]): Promise<Map<number, CardMarker>> {
    const { edition, enrolment } = await this.editions.open(actor, slug);
    const facts = new Map((await this.cases.findStatusesByEdition(edition.id)).map((c) => [c.id, c]));
    const shown = caseIds.filter((id) => facts.has(id) && canReadComments(actor, enrolment, facts.get(id)!));
    // Notes count where this person may read them: every case for trainers, their own for authors.
    const noteCases = shown.filter((id) => canReadTrainerNotes(actor, enrolment, facts.get(id)!));
    const counts = await this.stats.countNew(actor.id, shown, noteCases);
    const assigned = canHaveAssignments(enrolment) ? new Set((await this.feedback.findByEnrolment(enrolment!.id)).map((a) => a.caseId)) : new Set<number>();
    return new Map(shown.map((id) => [id, { ...counts.get(id)!, assigned: assigned.has(id) }]));
  }
}
