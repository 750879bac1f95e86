import { Injectable } from '@nestjs/common';
import type { EnrolmentRole } from '../enrolments/enrolment.entity';
import { EnrolmentsRepository } from '../enrolments/enrolments.repository';
import type { FieldErrors } from '../common/forms/parse-form';
import type { CommentContext } from './comment-access';
import { CommentView, singleView } from './comment-views';
import { canWriteTrainerNote } from './comments.policy';
import { COMMENT_KINDS, COMMENT_MAX_LENGTH, type Comment } from './entities/comment.entity';

/** new: a comment on the case; reply: an answer to `subject`; edit: a change to it; delete and hide: about it. */
export type CommentPageMode = 'new' | 'reply' | 'edit' | 'delete' | 'hide';

export interface CommentPageInput {
  mode: CommentPageMode;
  subject?: Comment;
  values?: Record<string, unknown>;
  errors?: FieldErrors;
  /** A message above the form, as a translation key. */
  alert?: string;
}

/**
 * The pages around one comment: writing one (shown again with the reasons when it was
 * refused, with what was typed), answering, changing, deleting and hiding one.
 */
@Injectable()
export class CommentFormPage {
  constructor(private readonly enrolments: EnrolmentsRepository) {}

  async build(context: CommentContext, input: CommentPageInput) {
    const { actor, enrolment, edition, case: c, open } = context;
    const casePath = `/leerateliers/${edition.slug}/casussen/${c.id}`;
    const subject = input.subject ? await this.view(context, input.subject) : null;
    const values = input.values ?? {};
    return {
      edition,
      caseId: c.id,
      caseTitle: context.caseTitle,
      authorName: c.author?.name ?? '',
      mode: input.mode,
      action: actionPath(casePath, input.mode, input.subject?.id),
      backLink: subject ? `${casePath}#reactie-${subject.id}` : `${casePath}#reacties`,
      subject,
      values: {
        kind: typeof values.kind === 'string' ? values.kind : input.mode === 'edit' ? (input.subject?.kind ?? '') : input.mode === 'reply' ? 'algemeen' : '',
        body: typeof values.body === 'string' ? values.body : input.mode === 'edit' ? (input.subject?.body ?? '') : '',
        audience: values.audience === 'auteur' ? 'auteur' : 'iedereen',
        reason: typeof values.reason === 'string' ? values.reason : '',
      },
      errors: input.errors ?? null,
      alert: input.alert ?? null,
      open,
      closesAt: context.closesAt,
      canWriteNote: input.mode === 'new' && canWriteTrainerNote(actor, enrolment, c, open),
      kinds: COMMENT_KINDS,
      maxLength: COMMENT_MAX_LENGTH,
    };
  }

  private async view(context: CommentContext, comment: Comment): Promise<CommentView> {
    const roles = new Map<number, EnrolmentRole>((await this.enrolments.findPeople(context.edition.id)).map((p) => [p.userId, p.role]));
    const view = singleView(comment, { actor: context.actor, enrolment: context.enrolment, case: context.case, open: context.open, lastSeen: null, roles });
    // Shown for reference only: what can be done with it is this page's form.
    return { ...view, isNew: false, can: { reply: false, edit: false, delete: false, hide: false, show: false, any: false } };
  }
}

function actionPath(casePath: string, mode: CommentPageMode, id: number | undefined): string {
  if (mode === 'new') return `${casePath}/reacties`;
  const verb = { reply: 'reageren', edit: 'bewerken', delete: 'verwijderen', hide: 'verbergen' }[mode];
  return `${casePath}/reacties/${id}/${verb}`;
}
