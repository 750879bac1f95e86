import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { User } from './user.entity';

@Injectable()
export class UsersRepository {
  constructor(@InjectRepository(User) private readonly users: Repository<User>) {}

  findById(id: number): Promise<User | null> {
    return this.users.findOneBy({ id });
  }

  /** Addresses are stored lowercased; callers pass what the person typed. */
  findByEmail(email: string): Promise<User | null> {
    return this.users.findOneBy({ email: normaliseEmail(email) });
  }

  async create(manager: EntityManager, fields: Partial<User> & Pick<User, 'email' | 'name'>): Promise<User> {
    return manager.save(User, manager.create(User, { ...fields, email: normaliseEmail(fields.email) }));
  }

  async update(manager: EntityManager, id: number, fields: Partial<User>): Promise<void> {
    await manager.update(User, id, fields);
  }

  listCoordinators(): Promise<User[]> {
    return this.users.find({ where: { isCoordinator: true }, order: { name: 'ASC' } });
  }
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}
