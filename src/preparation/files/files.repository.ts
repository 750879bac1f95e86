import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { PreparationFile } from '../entities/preparation-file.entity';

export type NewPreparationFile = Omit<PreparationFile, 'id' | 'createdAt'>;

@Injectable()
export class FilesRepository {
  constructor(@InjectRepository(PreparationFile) private readonly files: Repository<PreparationFile>) {}

  findByEdition(editionId: number): Promise<PreparationFile[]> {
    return this.files.find({ where: { editionId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  findInEdition(editionId: number, id: number): Promise<PreparationFile | null> {
    return this.files.findOneBy({ editionId, id });
  }

  countByEdition(manager: EntityManager, editionId: number): Promise<number> {
    return manager.countBy(PreparationFile, { editionId });
  }

  async insert(manager: EntityManager, rows: NewPreparationFile[]): Promise<void> {
    if (rows.length > 0) await manager.insert(PreparationFile, rows);
  }

  async delete(manager: EntityManager, id: number): Promise<void> {
    await manager.delete(PreparationFile, id);
  }

  /** Every file name the database knows, to find files on disk that no row points to. */
  async allStoredNames(): Promise<Set<string>> {
    const rows = await this.files.find({ select: { storedName: true } });
    return new Set(rows.map((row) => row.storedName));
  }
}
