import { Injectable } from '@nestjs/common';
import type { CaseCommentCounts } from '../cases/comment-counts';
import { CommentStatsRepository } from './comment-stats.repository';

/**
 * The comment count on the cards of the case overview. The overview does not say who is
 * asking, so this counts what everyone in the edition may read: trainer notes, deleted and
 * hidden comments are never in it. What is new to the reader, notes included where they may
 * read them, is added to each card by CasePagesInterceptor.
 */
@Injectable()
export class PublicCommentCounts implements CaseCommentCounts {
  constructor(private readonly stats: CommentStatsRepository) {}

  countFor(caseIds: readonly number[]): Promise<Map<number, number>> {
    return this.stats.countPublic(caseIds);
  }
}
