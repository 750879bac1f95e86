import { Injectable } from '@nestjs/common';
import type { Actor } from '../auth/actor';
import { ForbiddenError } from '../common/errors/domain-errors';
import { parseForm } from '../common/forms/parse-form';
import { Transactions } from '../database/transactions';
import { CommentAccess } from './comment-access';
import { CommentNotAllowedError } from './comment-errors';
import { CommentFormPage } from './comment-form-page';
import { CommentsRepository } from './comments.repository';
import { canModerate } from './comments.policy';
import { HideForm } from './dto/comment.forms';

type FormPage = Awaited<ReturnType<CommentFormPage['build']>>;
export type HideOutcome = { ok: true; commentId: number } | { ok: false; status: number; page: FormPage };

/**
 * Trainers hide a comment that does not belong in the group, with a reason the writer reads.
 * Others then see that it was hidden, not what it said; showing it again undoes that.
 */
@Injectable()
export class CommentModerationService {
  constructor(
    private readonly access: CommentAccess,
    private readonly comments: CommentsRepository,
    private readonly pages: CommentFormPage,
    private readonly transactions: Transactions,
  ) {}

  async hidePage(actor: Actor, slug: string, caseId: number, commentId: number, now = new Date()) {
    const context = await this.access.open(actor, slug, caseId, now);
    if (!canModerate(actor, context.enrolment)) throw new ForbiddenError();
    const comment = await this.access.comment(context, commentId);
    if (comment.deletedAt || comment.hiddenAt) throw new CommentNotAllowedError();
    return this.pages.build(context, { mode: 'hide', subject: comment });
  }

  async hide(actor: Actor, slug: string, caseId: number, commentId: number, body: unknown, now = new Date()): Promise<HideOutcome> {
    const context = await this.access.open(actor, slug, caseId, now);
    if (!canModerate(actor, context.enrolment)) throw new ForbiddenError();
    const comment = await this.access.comment(context, commentId);
    if (comment.deletedAt || comment.hiddenAt) throw new CommentNotAllowedError();
    const form = parseForm(HideForm, body);
    if (!form.ok) return { ok: false, status: 422, page: await this.pages.build(context, { mode: 'hide', subject: comment, values: form.values, errors: form.errors }) };
    await this.transactions.write((m) => this.comments.hide(m, comment.id, actor.id, form.value.reason, now));
    return { ok: true, commentId: comment.id };
  }

  async show(actor: Actor, slug: string, caseId: number, commentId: number, now = new Date()): Promise<void> {
    const context = await this.access.open(actor, slug, caseId, now);
    if (!canModerate(actor, context.enrolment)) throw new ForbiddenError();
    const comment = await this.access.comment(context, commentId);
    if (!comment.hiddenAt || comment.deletedAt) throw new CommentNotAllowedError();
    await this.transactions.write((m) => this.comments.show(m, comment.id));
  }
}
