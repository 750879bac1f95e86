import { Injectable } from '@nestjs/common';
import type { Actor } from '../auth/actor';
import { CasesRepository } from '../cases/cases.repository';
import type { Case } from '../cases/entities/case.entity';
import { toDutchCsv } from '../common/csv/dutch-csv';
import { formatDateTime } from '../common/dates/format-dates';
import { ForbiddenError } from '../common/errors/domain-errors';
import { translate } from '../common/i18n/i18n';
import type { Language } from '../config/app-config';
import { EditionAccess, EditionAccessService } from '../enrolments/edition-access';
import { CommentAccess } from './comment-access';
import { CommentsRepository } from './comments.repository';
import { canManageFeedback, canReadComment, canReadTrainerNotes, canSeeHiddenText } from './comments.policy';
import type { Comment } from './entities/comment.entity';

export interface CsvFile {
  filename: string;
  csv: string;
}

/**
 * The comments as a spreadsheet: those on one case for anyone who reads it (the author uses
 * it to prepare meeting two), all of the edition for the trainers. The same rules as on the
 * page decide what is in it: trainer notes only for the author and the trainers, a hidden
 * comment's text only for its writer and the trainers, deleted text never.
 */
@Injectable()
export class CommentExportService {
  constructor(
    private readonly access: CommentAccess,
    private readonly editions: EditionAccessService,
    private readonly cases: CasesRepository,
    private readonly comments: CommentsRepository,
  ) {}

  async caseCsv(actor: Actor, slug: string, caseId: number, lang: Language, now = new Date()): Promise<CsvFile> {
    const context = await this.access.open(actor, slug, caseId, now);
    const rows = await this.comments.findForCase(context.case.id, canReadTrainerNotes(actor, context.enrolment, context.case));
    return { filename: `reacties-casus-${context.case.id}.csv`, csv: this.csv(context, new Map([[context.case.id, context.case]]), rows, lang) };
  }

  async editionCsv(actor: Actor, slug: string, lang: Language): Promise<CsvFile> {
    const access = await this.editions.open(actor, slug);
    if (!canManageFeedback(actor, access.enrolment)) throw new ForbiddenError();
    const cases = await this.cases.findSubmittedByEdition(access.edition.id);
    const rows = await this.comments.findForCases(cases.map((c) => c.id), true);
    return { filename: `reacties-${access.edition.slug}.csv`, csv: this.csv(access, new Map(cases.map((c) => [c.id, c])), rows, lang) };
  }

  private csv(access: EditionAccess, cases: Map<number, Case>, comments: Comment[], lang: Language): string {
    const t = (key: string) => translate(lang, `comments.export.${key}`);
    const header = ['case', 'number', 'replyTo', 'kind', 'trainerNote', 'writer', 'writtenAt', 'editedAt', 'text'].map(t);
    const readable = comments.filter((c) => !c.deletedAt && canReadComment(access.actor, access.enrolment, cases.get(c.caseId)!, c));
    return toDutchCsv(
      header,
      readable.map((c) => {
        const own = cases.get(c.caseId)!;
        const text = !c.hiddenAt ? c.body : canSeeHiddenText(access.actor, access.enrolment, c) ? `${t('hiddenPrefix')} ${c.body}` : t('hidden');
        return [
          own.currentVersion?.title ?? own.title,
          c.id,
          c.parentId ?? '',
          translate(lang, `comments.kind.${c.kind}`),
          c.trainerNote ? t('yes') : t('no'),
          c.author?.name ?? '',
          formatDateTime(c.createdAt, lang),
          c.editedAt ? formatDateTime(c.editedAt, lang) : '',
          text,
        ];
      }),
    );
  }
}
