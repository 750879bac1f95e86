import { Injectable } from '@nestjs/common';

/**
 * The number of comments per case, for the cards of the overview. Cases do not know comments;
 * the comments feature provides the real count by binding its own class to this token in
 * CasesModule. Until then every case shows 0. One call per page, so the overview stays at a
 * fixed number of queries however many cards it shows.
 */
export const CASE_COMMENT_COUNTS = Symbol('CASE_COMMENT_COUNTS');

export interface CaseCommentCounts {
  countFor(caseIds: readonly number[]): Promise<Map<number, number>>;
}

@Injectable()
export class NoCommentCounts implements CaseCommentCounts {
  countFor(caseIds: readonly number[]): Promise<Map<number, number>> {
    return Promise.resolve(new Map(caseIds.map((id) => [id, 0])));
  }
}
