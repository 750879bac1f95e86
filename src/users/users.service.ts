import { Injectable } from '@nestjs/common';
import type { Actor } from '../auth/actor';
import type { Language } from '../config/app-config';
import { Transactions } from '../database/transactions';
import { UsersRepository } from './users.repository';

@Injectable()
export class UsersService {
  constructor(
    private readonly users: UsersRepository,
    private readonly transactions: Transactions,
  ) {}

  /** A person's own choice of language; their mails follow it. */
  async setLanguage(actor: Actor, language: Language): Promise<void> {
    if (actor.language === language) return;
    await this.transactions.write((m) => this.users.update(m, actor.id, { language }));
  }
}
