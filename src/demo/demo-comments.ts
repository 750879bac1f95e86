import { EntityManager, In } from 'typeorm';
import { Case } from '../cases/entities/case.entity';
import { DEMO_COMMENTS } from '../comments/demo/demo-comment-texts';
import { allocateFeedback } from '../comments/domain/allocate-feedback';
import { Comment } from '../comments/entities/comment.entity';
import { CommentNotification, NotificationReason } from '../comments/entities/comment-notification.entity';
import { FeedbackAssignment } from '../comments/entities/feedback-assignment.entity';
import { Edition } from '../editions/edition.entity';
import { Enrolment } from '../enrolments/enrolment.entity';
import { User } from '../users/user.entity';

const HOUR = 60 * 60 * 1000;
const DEMO_MAIN_PARTICIPANT = 'deelnemer@demo.example';

/**
 * Comments on the demo's cases: every kind, a thread three deep, a trainer note only its
 * author reads, with the notifications a real comment would leave for the next digest. Then an
 * allocation of feedback, two cases per participant, which the main demo participant has
 * started on. Runs inside the demo's transaction, after the cases are made.
 */
export async function seedDemoComments(manager: EntityManager, edition: Edition, now: Date): Promise<void> {
  const cases = await manager.find(Case, { where: { editionId: edition.id, status: 'submitted' }, relations: { author: true }, order: { id: 'ASC' } });
  const emails = [...new Set(DEMO_COMMENTS.map((c) => c.writer))];
  const users = new Map((await manager.find(User, { where: { email: In(emails) } })).map((u) => [u.email, u]));
  const caseOf = (email: string) => cases.find((c) => c.author!.email === email)!;
  const saved = new Map<string, Comment>();
  for (const demo of DEMO_COMMENTS) {
    const c = caseOf(demo.caseOf);
    const parent = demo.replyTo ? saved.get(demo.replyTo)! : null;
    const comment = await write(manager, {
      editionId: edition.id,
      caseId: c.id,
      authorId: users.get(demo.writer)!.id,
      parentId: parent?.id ?? null,
      kind: demo.kind,
      trainerNote: demo.trainerNote ?? parent?.trainerNote ?? false,
      body: demo.body,
      createdAt: new Date(now.getTime() - demo.hoursAgo * HOUR),
    });
    saved.set(demo.key, comment);
    await notify(manager, comment, c, parent);
  }
  const assigned = await allocate(manager, edition, cases, now);
  await startOnAssignments(manager, edition, cases, assigned, [...saved.values()], now);
}

/** As a real comment does: the case's author and the writer answered hear of it in their next digest. */
async function notify(manager: EntityManager, comment: Comment, c: Case, parent: Comment | null): Promise<void> {
  const recipients = new Map<number, NotificationReason>();
  if (parent) recipients.set(parent.authorId, 'reply');
  if (!recipients.has(c.authorId)) recipients.set(c.authorId, comment.trainerNote ? 'note' : 'case');
  recipients.delete(comment.authorId);
  for (const [userId, reason] of recipients) {
    await manager.insert(CommentNotification, { commentId: comment.id, userId, editionId: comment.editionId, reason, createdAt: comment.createdAt, sentAt: null });
  }
}

async function allocate(manager: EntityManager, edition: Edition, cases: Case[], now: Date): Promise<FeedbackAssignment[]> {
  const participants = await manager.find(Enrolment, { where: { editionId: edition.id, role: 'participant', status: 'active' }, relations: { user: true }, order: { id: 'ASC' } });
  const { assignments } = allocateFeedback({
    participants: participants.map((p) => ({ id: p.id, organisation: p.user!.organisation, caseId: cases.find((c) => c.authorId === p.userId)?.id ?? null })),
    cases: cases.map((c) => ({ id: c.id, authorIds: participants.filter((p) => p.userId === c.authorId).map((p) => p.id) })),
    perParticipant: 2,
    seed: 'demo',
  });
  const rows = assignments.flatMap((a) => a.caseIds.map((caseId) => ({ editionId: edition.id, enrolmentId: Number(a.participantId), caseId: Number(caseId), createdAt: now })));
  await manager.insert(FeedbackAssignment, rows);
  return manager.find(FeedbackAssignment, { where: { editionId: edition.id }, order: { id: 'ASC' } });
}

/** The main demo participant has done one of their assignments, so the progress shows "1 van 2". */
async function startOnAssignments(manager: EntityManager, edition: Edition, cases: Case[], assigned: FeedbackAssignment[], written: Comment[], now: Date): Promise<void> {
  const anne = await manager.findOneOrFail(Enrolment, { where: { editionId: edition.id, user: { email: DEMO_MAIN_PARTICIPANT } }, relations: { user: true } });
  const mine = assigned.filter((a) => a.enrolmentId === anne.id);
  if (mine.length === 0 || mine.some((a) => written.some((c) => c.caseId === a.caseId && c.authorId === anne.userId))) return;
  const c = cases.find((x) => x.id === mine[0].caseId)!;
  const comment = await write(manager, {
    editionId: edition.id,
    caseId: c.id,
    authorId: anne.userId,
    parentId: null,
    kind: 'vraag',
    trainerNote: false,
    body: 'Wat zou voor jou een goede uitkomst zijn na de tweede bijeenkomst? Dan kan de groep daar gericht over meedenken.',
    createdAt: new Date(now.getTime() - 5 * HOUR),
  });
  await notify(manager, comment, c, null);
}

function write(manager: EntityManager, fields: Pick<Comment, 'editionId' | 'caseId' | 'authorId' | 'parentId' | 'kind' | 'trainerNote' | 'body' | 'createdAt'>): Promise<Comment> {
  return manager.save(Comment, manager.create(Comment, { ...fields, editedAt: null, deletedAt: null, hiddenAt: null, hiddenById: null, hiddenReason: '' }));
}
