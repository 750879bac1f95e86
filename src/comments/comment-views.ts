import type { Actor } from '../auth/actor';
import type { Case } from '../cases/entities/case.entity';
import type { Enrolment, EnrolmentRole } from '../enrolments/enrolment.entity';
import { commentHtml } from './comment-html';
import {
  canDeleteComment,
  canEditComment,
  canModerate,
  canReadComment,
  canReply,
  canSeeHiddenText,
  isWriter,
} from './comments.policy';
import { buildThreads, ThreadNode } from './domain/comment-thread';
import type { Comment, CommentKind } from './entities/comment.entity';

/** What the case page and the forms show of one comment, with what this person may do with it. */
export interface CommentView {
  id: number;
  kind: CommentKind;
  trainerNote: boolean;
  depth: number;
  writerName: string;
  /** "trainer" or "author" (of the case), for the label beside the name; '' otherwise. */
  writerRole: '' | 'trainer' | 'author';
  isOwn: boolean;
  createdAt: Date;
  editedAt: Date | null;
  state: 'shown' | 'deleted' | 'hidden';
  deleted: boolean;
  hidden: boolean;
  /** Safe HTML; null for a placeholder. */
  html: string | null;
  /** The trainer's reason, for the writer and the trainers only. */
  hiddenReason: string | null;
  isNew: boolean;
  /** `any`: at least one of the others, so the page knows whether to list actions. */
  can: { reply: boolean; edit: boolean; delete: boolean; hide: boolean; show: boolean; any: boolean };
  replies: CommentView[];
}

export interface ViewerFacts {
  actor: Actor;
  enrolment: Enrolment | undefined;
  case: Pick<Case, 'authorId' | 'status'>;
  open: boolean;
  /** The viewer's last visit before this one; null when they never came. */
  lastSeen: Date | null;
  /** Role in the edition by user id, for the labels. */
  roles: ReadonlyMap<number, EnrolmentRole>;
}

/** The threads this person may read, as views; anything else is dropped before building them. */
export function commentThreads(comments: readonly Comment[], facts: ViewerFacts): CommentView[] {
  const readable = comments.filter((c) => canReadComment(facts.actor, facts.enrolment, facts.case, c));
  return buildThreads(readable).map((node) => toView(node, facts));
}

function toView(node: ThreadNode<Comment>, facts: ViewerFacts): CommentView {
  const { actor, enrolment, case: c, open, lastSeen } = facts;
  const comment = node.item;
  const state = comment.deletedAt ? 'deleted' : comment.hiddenAt ? 'hidden' : 'shown';
  const mayReadHidden = state === 'hidden' && canSeeHiddenText(actor, enrolment, comment);
  const own = isWriter(actor, comment);
  return {
    id: comment.id,
    kind: comment.kind,
    trainerNote: comment.trainerNote,
    depth: node.depth,
    writerName: comment.author?.name ?? '',
    writerRole: facts.roles.get(comment.authorId) === 'trainer' ? 'trainer' : comment.authorId === c.authorId ? 'author' : '',
    isOwn: own,
    createdAt: comment.createdAt,
    editedAt: state === 'deleted' ? null : comment.editedAt,
    state,
    deleted: state === 'deleted',
    hidden: state === 'hidden',
    html: state === 'shown' || mayReadHidden ? commentHtml(comment.body) : null,
    hiddenReason: mayReadHidden ? comment.hiddenReason : null,
    isNew: state === 'shown' && !own && (!lastSeen || comment.createdAt.getTime() > lastSeen.getTime()),
    can: withAny({
      reply: canReply(actor, enrolment, c, comment, open),
      edit: canEditComment(actor, enrolment, c, comment, open),
      delete: canDeleteComment(actor, enrolment, c, comment),
      hide: state === 'shown' && canModerate(actor, enrolment),
      show: state === 'hidden' && canModerate(actor, enrolment),
    }),
    replies: node.replies.map((reply) => toView(reply, facts)),
  };
}

function withAny(can: Omit<CommentView['can'], 'any'>): CommentView['can'] {
  return { ...can, any: Object.values(can).some(Boolean) };
}

/** All views of the threads, depth first, in reading order. */
export function everyView(views: readonly CommentView[]): CommentView[] {
  return views.flatMap((view) => [view, ...everyView(view.replies)]);
}

/** One comment on its own, without its replies: the one answered, edited, deleted or hidden on a form page. */
export function singleView(comment: Comment, facts: ViewerFacts): CommentView {
  return toView({ item: comment, depth: 0, replies: [] }, facts);
}
