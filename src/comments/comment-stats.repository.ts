import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Brackets, In, Repository, SelectQueryBuilder } from 'typeorm';
import { Comment } from './entities/comment.entity';
import { CommentRead } from './entities/comment-read.entity';

export interface NewCounts {
  comments: number;
  notes: number;
}

/** Numbers about comments, each for many cases in one query. */
@Injectable()
export class CommentStatsRepository {
  constructor(@InjectRepository(Comment) private readonly comments: Repository<Comment>) {}

  /** Comments everyone in the edition can read: no trainer notes, nothing deleted or hidden. */
  async countPublic(caseIds: readonly number[]): Promise<Map<number, number>> {
    const counts = new Map<number, number>(caseIds.map((id) => [id, 0]));
    if (caseIds.length === 0) return counts;
    const rows: { caseId: number; count: string | number }[] = await this.shown(this.comments.createQueryBuilder('c'))
      .select('c.caseId', 'caseId')
      .addSelect('COUNT(*)', 'count')
      .andWhere({ caseId: In([...caseIds]), trainerNote: false })
      .groupBy('c.caseId')
      .getRawMany();
    for (const row of rows) counts.set(Number(row.caseId), Number(row.count));
    return counts;
  }

  /**
   * What is new to a person per case: shown comments by others since their last visit to the
   * case. Trainer notes count only on `noteCaseIds`, the cases whose notes they may read.
   */
  async countNew(userId: number, caseIds: readonly number[], noteCaseIds: readonly number[]): Promise<Map<number, NewCounts>> {
    const counts = new Map<number, NewCounts>(caseIds.map((id) => [id, { comments: 0, notes: 0 }]));
    if (caseIds.length === 0) return counts;
    const rows: { caseId: number; trainerNote: unknown; count: string | number }[] = await this.shown(this.comments.createQueryBuilder('c'))
      .leftJoin(CommentRead, 'r', 'r.caseId = c.caseId AND r.userId = :userId', { userId })
      .select('c.caseId', 'caseId')
      .addSelect('c.trainerNote', 'trainerNote')
      .addSelect('COUNT(*)', 'count')
      .andWhere({ caseId: In([...caseIds]) })
      .andWhere('c.authorId <> :userId', { userId })
      .andWhere(new Brackets((q) => q.where('r.seenAt IS NULL').orWhere('c.createdAt > r.seenAt')))
      .andWhere(
        noteCaseIds.length === 0
          ? { trainerNote: false }
          : new Brackets((q) => q.where({ trainerNote: false }).orWhere({ trainerNote: true, caseId: In([...noteCaseIds]) })),
      )
      .groupBy('c.caseId')
      .addGroupBy('c.trainerNote')
      .getRawMany();
    for (const row of rows) {
      const entry = counts.get(Number(row.caseId))!;
      if (isTrue(row.trainerNote)) entry.notes += Number(row.count);
      else entry.comments += Number(row.count);
    }
    return counts;
  }

  /** Shown comments (trainer notes excluded) per writer and case, for the trainer's matrix. */
  async countByWriterAndCase(caseIds: readonly number[]): Promise<{ authorId: number; caseId: number; count: number }[]> {
    if (caseIds.length === 0) return [];
    const rows: { authorId: number; caseId: number; count: string | number }[] = await this.shown(this.comments.createQueryBuilder('c'))
      .select('c.authorId', 'authorId')
      .addSelect('c.caseId', 'caseId')
      .addSelect('COUNT(*)', 'count')
      .andWhere({ caseId: In([...caseIds]), trainerNote: false })
      .groupBy('c.authorId')
      .addGroupBy('c.caseId')
      .getRawMany();
    return rows.map((row) => ({ authorId: Number(row.authorId), caseId: Number(row.caseId), count: Number(row.count) }));
  }

  /** Neither deleted nor hidden. */
  private shown(query: SelectQueryBuilder<Comment>): SelectQueryBuilder<Comment> {
    return query.where('c.deletedAt IS NULL').andWhere('c.hiddenAt IS NULL');
  }
}

/** SQLite returns booleans as 1/0, PostgreSQL as true/false. */
function isTrue(value: unknown): boolean {
  return value === true || value === 1 || value === '1' || value === 't';
}
