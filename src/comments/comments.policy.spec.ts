import type { Actor } from '../auth/actor';
import type { Enrolment, EnrolmentRole } from '../enrolments/enrolment.entity';
import {
  canBeToldAbout,
  canChooseCommentMail,
  canComment,
  canDeleteComment,
  canEditComment,
  canHaveAssignments,
  canManageFeedback,
  canModerate,
  canReadComment,
  canReply,
  canSeeHiddenText,
  canWriteTrainerNote,
} from './comments.policy';

/*
 * The table at the top of comments.policy.ts, row by row. Person 1 wrote the case, person 2 is
 * another participant, 3 a guest, 4 a trainer, 5 a coordinator, 6 someone from another edition.
 */

type Who = 'author' | 'participant' | 'guest' | 'trainer' | 'coordinator' | 'outsider';
const WHO: Who[] = ['author', 'participant', 'guest', 'trainer', 'coordinator', 'outsider'];
const actor = (id: number, isCoordinator = false): Actor => ({ id, name: 'Iemand', email: 'iemand@gemeente.nl', isCoordinator, language: 'nl' });
const enrolment = (role: EnrolmentRole, status: Enrolment['status'] = 'active') => ({ role, status }) as Enrolment;
const people: Record<Who, [Actor, Enrolment | undefined]> = {
  author: [actor(1), enrolment('participant')],
  participant: [actor(2), enrolment('participant')],
  guest: [actor(3), enrolment('guest')],
  trainer: [actor(4), enrolment('trainer')],
  coordinator: [actor(5, true), undefined],
  outsider: [actor(6), undefined],
};
const submitted = { authorId: 1, status: 'submitted' as const };
const comment = (authorId: number, extra: Partial<{ trainerNote: boolean; deletedAt: Date; hiddenAt: Date }> = {}) => ({ authorId, trainerNote: false, deletedAt: null, hiddenAt: null, ...extra });
const note = comment(4, { trainerNote: true });
const who = (rule: (a: Actor, e: Enrolment | undefined) => boolean) => WHO.filter((w) => rule(...people[w]));

describe('comments policy', () => {
  it('lets everyone who views the case read its comments, and trainer notes only its author, trainers and coordinators', () => {
    expect(who((a, e) => canReadComment(a, e, submitted, comment(2)))).toEqual(['author', 'participant', 'guest', 'trainer', 'coordinator']);
    expect(who((a, e) => canReadComment(a, e, submitted, note))).toEqual(['author', 'trainer', 'coordinator']);
    expect(who((a, e) => canReadComment(a, e, { authorId: 1, status: 'draft' }, comment(1)))).toEqual(['author']);
  });

  it('lets the enrolled comment on a submitted case while the window is open; trainers alone write notes', () => {
    expect(who((a, e) => canComment(a, e, submitted, true))).toEqual(['author', 'participant', 'guest', 'trainer']);
    expect(who((a, e) => canComment(a, e, submitted, false))).toEqual([]);
    expect(who((a, e) => canComment(a, e, { authorId: 1, status: 'withdrawn' }, true))).toEqual([]);
    expect(who((a, e) => canWriteTrainerNote(a, e, submitted, true))).toEqual(['trainer']);
    expect(canComment(actor(2), enrolment('participant', 'withdrawn'), submitted, true)).toEqual(false);
  });

  it('allows a reply to what one reads, not to a deleted or hidden comment', () => {
    expect(who((a, e) => canReply(a, e, submitted, note, true))).toEqual(['author', 'trainer']);
    expect(who((a, e) => canReply(a, e, submitted, comment(2, { hiddenAt: new Date() }), true))).toEqual([]);
    expect(who((a, e) => canReply(a, e, submitted, comment(2, { deletedAt: new Date() }), true))).toEqual([]);
  });

  it('lets the writer alone edit while open, and delete at any time', () => {
    expect(who((a, e) => canEditComment(a, e, submitted, comment(3), true))).toEqual(['guest']);
    expect(who((a, e) => canEditComment(a, e, submitted, comment(3), false))).toEqual([]);
    expect(who((a, e) => canEditComment(a, e, submitted, comment(3, { hiddenAt: new Date() }), true))).toEqual([]);
    expect(who((a, e) => canDeleteComment(a, e, submitted, comment(3)))).toEqual(['guest']);
    expect(who((a, e) => canDeleteComment(a, e, submitted, comment(3, { deletedAt: new Date() })))).toEqual([]);
  });

  it('gives moderation and the feedback pages to trainers and coordinators, assignments to participants', () => {
    expect(who(canModerate)).toEqual(['trainer', 'coordinator']);
    expect(who(canManageFeedback)).toEqual(['trainer', 'coordinator']);
    expect(who((_a, e) => canHaveAssignments(e))).toEqual(['author', 'participant']);
    expect(who((_a, e) => canChooseCommentMail(e))).toEqual(['author', 'participant', 'guest', 'trainer']);
    expect(who((a, e) => canSeeHiddenText(a, e, comment(2)))).toEqual(['participant', 'trainer', 'coordinator']);
  });

  it('mails only those who may read the comment and are enrolled', () => {
    expect(who((a, e) => canBeToldAbout(a, e, submitted, note))).toEqual(['author', 'trainer']);
    expect(who((a, e) => canBeToldAbout(a, e, submitted, comment(2)))).toEqual(['author', 'participant', 'guest', 'trainer']);
  });
});
