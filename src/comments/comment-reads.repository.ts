import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { CommentRead } from './entities/comment-read.entity';

/** When each person last looked at the comments of a case. */
@Injectable()
export class CommentReadsRepository {
  constructor(@InjectRepository(CommentRead) private readonly reads: Repository<CommentRead>) {}

  async lastSeen(userId: number, caseId: number): Promise<Date | null> {
    return (await this.reads.findOneBy({ userId, caseId }))?.seenAt ?? null;
  }

  async markSeen(manager: EntityManager, userId: number, caseId: number, at: Date): Promise<void> {
    await manager.upsert(CommentRead, { userId, caseId, seenAt: at }, ['userId', 'caseId']);
  }
}
