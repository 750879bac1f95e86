import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, IsNull, Repository } from 'typeorm';
import { Theme } from './theme.entity';

const ACTIVE = { removedAt: IsNull() };
const LIST_ORDER = { position: 'ASC', id: 'ASC' } as const;

@Injectable()
export class ThemesRepository {
  constructor(@InjectRepository(Theme) private readonly themes: Repository<Theme>) {}

  /** The themes an author can pick, in the trainer's order. */
  findActive(editionId: number, manager?: EntityManager): Promise<Theme[]> {
    return (manager ?? this.themes.manager).find(Theme, { where: { editionId, ...ACTIVE }, order: LIST_ORDER });
  }

  /** Every theme the edition ever had, removed ones included: cases keep showing what they chose. */
  findAllOfEdition(editionId: number): Promise<Theme[]> {
    return this.themes.find({ where: { editionId }, order: LIST_ORDER });
  }

  /** Removed ones included: a case keeps showing the themes it chose. */
  findByIds(ids: number[]): Promise<Theme[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.themes.find({ where: { id: In([...new Set(ids)]) }, order: LIST_ORDER });
  }

  findActiveById(editionId: number, id: number, manager?: EntityManager): Promise<Theme | null> {
    return (manager ?? this.themes.manager).findOneBy(Theme, { id, editionId, ...ACTIVE });
  }

  async create(manager: EntityManager, fields: Pick<Theme, 'editionId' | 'name' | 'description' | 'keywords'>): Promise<Theme> {
    const last = await manager.findOne(Theme, { where: { editionId: fields.editionId }, order: { position: 'DESC' } });
    return manager.save(Theme, manager.create(Theme, { ...fields, position: (last?.position ?? 0) + 1, removedAt: null }));
  }

  async update(manager: EntityManager, id: number, fields: Pick<Theme, 'name' | 'description' | 'keywords'>): Promise<void> {
    await manager.update(Theme, id, fields);
  }

  async remove(manager: EntityManager, id: number, at: Date): Promise<void> {
    await manager.update(Theme, id, { removedAt: at });
  }

  /** Numbers the themes 1, 2, 3… in the given order. */
  async reorder(manager: EntityManager, idsInOrder: number[]): Promise<void> {
    for (const [index, id] of idsInOrder.entries()) await manager.update(Theme, id, { position: index + 1 });
  }
}
