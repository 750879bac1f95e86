import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, FindOptionsSelect, In, Repository } from 'typeorm';
import { Comment, CommentKind } from './entities/comment.entity';

export type NewComment = Pick<Comment, 'editionId' | 'caseId' | 'authorId' | 'parentId' | 'kind' | 'trainerNote' | 'body' | 'createdAt'>;

/** Every column of a comment, and of its writer only what pages and exports show: a page may list hundreds. */
const WITH_WRITER: FindOptionsSelect<Comment> = {
  id: true,
  editionId: true,
  caseId: true,
  authorId: true,
  parentId: true,
  kind: true,
  trainerNote: true,
  body: true,
  createdAt: true,
  editedAt: true,
  deletedAt: true,
  hiddenAt: true,
  hiddenById: true,
  hiddenReason: true,
  author: { id: true, name: true },
};

/** Comments one by one, and the comments of a case as its page shows them. */
@Injectable()
export class CommentsRepository {
  constructor(@InjectRepository(Comment) private readonly comments: Repository<Comment>) {}

  /**
   * The comments of a case with their writers, oldest first, in one query. Trainer notes come
   * along only when asked for: a person who may not read them never has them in memory.
   */
  findForCase(caseId: number, withTrainerNotes: boolean): Promise<Comment[]> {
    return this.comments.find({
      select: WITH_WRITER,
      where: withTrainerNotes ? { caseId } : { caseId, trainerNote: false },
      relations: { author: true },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }

  /** The comments of several cases, for exports; same rule for trainer notes. */
  findForCases(caseIds: number[], withTrainerNotes: boolean): Promise<Comment[]> {
    if (caseIds.length === 0) return Promise.resolve([]);
    return this.comments.find({
      select: WITH_WRITER,
      where: withTrainerNotes ? { caseId: In(caseIds) } : { caseId: In(caseIds), trainerNote: false },
      relations: { author: true },
      order: { caseId: 'ASC', createdAt: 'ASC', id: 'ASC' },
    });
  }

  /** One comment of a case with its writer; null when it belongs to another case. */
  findInCase(caseId: number, id: number, manager?: EntityManager): Promise<Comment | null> {
    if (!Number.isSafeInteger(id)) return Promise.resolve(null);
    return (manager ?? this.comments.manager).findOne(Comment, { where: { id, caseId }, relations: { author: true } });
  }

  async insert(manager: EntityManager, fields: NewComment): Promise<Comment> {
    return manager.save(Comment, manager.create(Comment, { ...fields, editedAt: null, deletedAt: null, hiddenAt: null, hiddenById: null, hiddenReason: '' }));
  }

  async updateText(manager: EntityManager, id: number, kind: CommentKind, body: string, at: Date): Promise<void> {
    await manager.update(Comment, id, { kind, body, editedAt: at });
  }

  /** The text goes: a deleted comment is a placeholder at most. */
  async markDeleted(manager: EntityManager, id: number, at: Date): Promise<void> {
    await manager.update(Comment, id, { body: '', deletedAt: at });
  }

  async hide(manager: EntityManager, id: number, byId: number, reason: string, at: Date): Promise<void> {
    await manager.update(Comment, id, { hiddenAt: at, hiddenById: byId, hiddenReason: reason });
  }

  async show(manager: EntityManager, id: number): Promise<void> {
    await manager.update(Comment, id, { hiddenAt: null, hiddenById: null, hiddenReason: '' });
  }
}
