import { Injectable } from '@nestjs/common';
import type { Actor } from '../auth/actor';
import { parseForm } from '../common/forms/parse-form';
import { Transactions } from '../database/transactions';
import { CommentAccess, CommentContext } from './comment-access';
import { CommentNotAllowedError, CommentsClosedError, NotYourCommentError } from './comment-errors';
import { CommentFormPage } from './comment-form-page';
import type { WriteOutcome } from './comment-writing.service';
import { CommentsRepository } from './comments.repository';
import { canDeleteComment, canEditComment, isWriter } from './comments.policy';
import { CommentForm } from './dto/comment.forms';
import type { Comment, CommentKind } from './entities/comment.entity';

/** A writer changes or deletes their own comment. */
@Injectable()
export class CommentChangesService {
  constructor(
    private readonly access: CommentAccess,
    private readonly comments: CommentsRepository,
    private readonly pages: CommentFormPage,
    private readonly transactions: Transactions,
  ) {}

  async editPage(actor: Actor, slug: string, caseId: number, commentId: number, now = new Date()) {
    const { context, comment } = await this.open(actor, slug, caseId, commentId, now);
    this.mayEdit(context, comment);
    if (!context.open) throw new CommentsClosedError();
    return this.pages.build(context, { mode: 'edit', subject: comment });
  }

  /** Marked "bewerkt" with the time; the people who were told about it are not told again. */
  async edit(actor: Actor, slug: string, caseId: number, commentId: number, body: unknown, now = new Date()): Promise<WriteOutcome> {
    const { context, comment } = await this.open(actor, slug, caseId, commentId, now);
    this.mayEdit(context, comment);
    const form = parseForm(CommentForm, body);
    if (!context.open) return { ok: false, status: 403, page: await this.pages.build(context, { mode: 'edit', subject: comment, values: form.values, alert: 'comments.errors.closed' }) };
    if (!form.ok) return { ok: false, status: 422, page: await this.pages.build(context, { mode: 'edit', subject: comment, values: form.values, errors: form.errors }) };
    await this.transactions.write((m) => this.comments.updateText(m, comment.id, form.value.kind as CommentKind, form.value.body, now));
    return { ok: true, commentId: comment.id };
  }

  async deletePage(actor: Actor, slug: string, caseId: number, commentId: number, now = new Date()) {
    const { context, comment } = await this.open(actor, slug, caseId, commentId, now);
    this.mayDelete(context, comment);
    return this.pages.build(context, { mode: 'delete', subject: comment });
  }

  /** The text is removed; replies under it stay, under a "verwijderd" placeholder. */
  async delete(actor: Actor, slug: string, caseId: number, commentId: number, now = new Date()): Promise<void> {
    const { context, comment } = await this.open(actor, slug, caseId, commentId, now);
    this.mayDelete(context, comment);
    await this.transactions.write((m) => this.comments.markDeleted(m, comment.id, now));
  }

  private async open(actor: Actor, slug: string, caseId: number, commentId: number, now: Date): Promise<{ context: CommentContext; comment: Comment }> {
    const context = await this.access.open(actor, slug, caseId, now);
    return { context, comment: await this.access.comment(context, commentId) };
  }

  /** The window is left to the caller, so a refused change can come back with what was typed. */
  private mayEdit(context: CommentContext, comment: Comment): void {
    if (!isWriter(context.actor, comment)) throw new NotYourCommentError();
    if (!canEditComment(context.actor, context.enrolment, context.case, comment, true)) throw new CommentNotAllowedError();
  }

  private mayDelete(context: CommentContext, comment: Comment): void {
    if (!isWriter(context.actor, comment)) throw new NotYourCommentError();
    if (!canDeleteComment(context.actor, context.enrolment, context.case, comment)) throw new CommentNotAllowedError();
  }
}
