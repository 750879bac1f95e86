import { Injectable } from '@nestjs/common';
import type { Actor } from '../auth/actor';
import { ForbiddenError } from '../common/errors/domain-errors';
import { parseForm } from '../common/forms/parse-form';
import { Transactions } from '../database/transactions';
import { CommentAccess, CommentContext } from './comment-access';
import { CaseNotOpenForCommentsError, CommentNotAllowedError } from './comment-errors';
import { CommentFormPage } from './comment-form-page';
import { CommentNotifier } from './comment-notifier';
import { CommentsRepository } from './comments.repository';
import { canComment, canReply, canWriteTrainerNote } from './comments.policy';
import { CommentForm } from './dto/comment.forms';
import type { Comment, CommentKind } from './entities/comment.entity';

type FormPage = Awaited<ReturnType<CommentFormPage['build']>>;
export type WriteOutcome = { ok: true; commentId: number } | { ok: false; status: number; page: FormPage };

/**
 * Writing comments, trainer notes and replies. Refused input comes back on the form page
 * with what was typed; a comment that may not be written is refused before anything is read
 * from the form, and nothing is stored.
 */
@Injectable()
export class CommentWritingService {
  constructor(
    private readonly access: CommentAccess,
    private readonly comments: CommentsRepository,
    private readonly notifier: CommentNotifier,
    private readonly pages: CommentFormPage,
    private readonly transactions: Transactions,
  ) {}

  async write(actor: Actor, slug: string, caseId: number, body: unknown, now = new Date()): Promise<WriteOutcome> {
    const context = await this.access.open(actor, slug, caseId, now);
    this.mayComment(context);
    const form = parseForm(CommentForm, body);
    if (!context.open) return { ok: false, status: 403, page: await this.pages.build(context, { mode: 'new', values: form.values, alert: 'comments.errors.closed' }) };
    if (!form.ok) return { ok: false, status: 422, page: await this.pages.build(context, { mode: 'new', values: form.values, errors: form.errors }) };
    const note = form.value.audience === 'auteur';
    if (note && !canWriteTrainerNote(actor, context.enrolment, context.case, context.open)) throw new CommentNotAllowedError();
    return { ok: true, commentId: await this.store(context, null, form.value.kind as CommentKind, form.value.body, note, now) };
  }

  async replyPage(actor: Actor, slug: string, caseId: number, parentId: number, now = new Date()) {
    const context = await this.access.open(actor, slug, caseId, now);
    const parent = await this.access.comment(context, parentId);
    this.mayReply(context, parent);
    return this.pages.build(context, { mode: 'reply', subject: parent, alert: context.open ? undefined : 'comments.errors.closed' });
  }

  async reply(actor: Actor, slug: string, caseId: number, parentId: number, body: unknown, now = new Date()): Promise<WriteOutcome> {
    const context = await this.access.open(actor, slug, caseId, now);
    const parent = await this.access.comment(context, parentId);
    this.mayReply(context, parent);
    const form = parseForm(CommentForm, body);
    if (!context.open) return { ok: false, status: 403, page: await this.pages.build(context, { mode: 'reply', subject: parent, values: form.values, alert: 'comments.errors.closed' }) };
    if (!form.ok) return { ok: false, status: 422, page: await this.pages.build(context, { mode: 'reply', subject: parent, values: form.values, errors: form.errors }) };
    // A reply belongs to its thread: in a trainer note's thread it is as private as the note.
    return { ok: true, commentId: await this.store(context, parent, form.value.kind as CommentKind, form.value.body, parent.trainerNote, now) };
  }

  private async store(context: CommentContext, parent: Comment | null, kind: CommentKind, body: string, trainerNote: boolean, now: Date): Promise<number> {
    const { actor, edition, case: c } = context;
    const recipients = await this.notifier.recipients(context, { authorId: actor.id, trainerNote }, parent);
    return this.transactions.write(async (m) => {
      const saved = await this.comments.insert(m, { editionId: edition.id, caseId: c.id, authorId: actor.id, parentId: parent?.id ?? null, kind, trainerNote, body, createdAt: now });
      await this.notifier.record(m, context, saved, actor.name, recipients, now);
      return saved.id;
    });
  }

  /** A draft or withdrawn case says why; someone who may never comment here (a coordinator) gets a plain 403. */
  private mayComment(context: CommentContext): void {
    if (context.case.status !== 'submitted') throw new CaseNotOpenForCommentsError();
    // The window is checked afterwards, so that the form can come back with what was typed.
    if (!canComment(context.actor, context.enrolment, context.case, true)) throw new ForbiddenError();
  }

  private mayReply(context: CommentContext, parent: Comment): void {
    this.mayComment(context);
    if (!canReply(context.actor, context.enrolment, context.case, parent, true)) throw new CommentNotAllowedError();
  }
}
