import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { Attachment } from './entities/attachment.entity';

export type NewAttachment = Omit<Attachment, 'id' | 'createdAt'>;

@Injectable()
export class AttachmentsRepository {
  constructor(@InjectRepository(Attachment) private readonly attachments: Repository<Attachment>) {}

  findByCase(caseId: number): Promise<Attachment[]> {
    return this.attachments.find({ where: { caseId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  findInCase(caseId: number, id: number): Promise<Attachment | null> {
    return this.attachments.findOneBy({ caseId, id });
  }

  countByCase(manager: EntityManager, caseId: number): Promise<number> {
    return manager.countBy(Attachment, { caseId });
  }

  async insert(manager: EntityManager, rows: NewAttachment[]): Promise<void> {
    if (rows.length > 0) await manager.insert(Attachment, rows);
  }

  async delete(manager: EntityManager, id: number): Promise<void> {
    await manager.delete(Attachment, id);
  }

  /** Every file name the database knows, to find files on disk that no row points to. */
  async allStoredNames(): Promise<Set<string>> {
    const rows = await this.attachments.find({ select: { storedName: true } });
    return new Set(rows.map((row) => row.storedName));
  }
}
