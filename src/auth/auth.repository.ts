import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, IsNull, LessThan, MoreThan, Repository } from 'typeorm';
import { LoginAttempt } from './login-attempt.entity';
import { OneTimeToken, TokenPurpose } from './one-time-token.entity';

@Injectable()
export class AuthRepository {
  constructor(
    @InjectRepository(LoginAttempt) private readonly attempts: Repository<LoginAttempt>,
    @InjectRepository(OneTimeToken) private readonly tokens: Repository<OneTimeToken>,
  ) {}

  async failedAttemptsSince(keys: string[], since: Date): Promise<Map<string, Date[]>> {
    const rows = await this.attempts.find({ where: { key: In(keys), attemptedAt: MoreThan(since) } });
    const byKey = new Map<string, Date[]>(keys.map((key) => [key, []]));
    for (const row of rows) byKey.get(row.key)?.push(row.attemptedAt);
    return byKey;
  }

  async recordFailedAttempt(manager: EntityManager, keys: string[], at: Date): Promise<void> {
    await manager.insert(LoginAttempt, keys.map((key) => ({ key, attemptedAt: at })));
  }

  async clearAttempts(manager: EntityManager, key: string): Promise<void> {
    await manager.delete(LoginAttempt, { key });
  }

  async removeAttemptsBefore(manager: EntityManager, before: Date): Promise<void> {
    await manager.delete(LoginAttempt, { attemptedAt: LessThan(before) });
  }

  async createToken(manager: EntityManager, token: Omit<OneTimeToken, 'id' | 'createdAt' | 'usedAt'>): Promise<void> {
    await manager.insert(OneTimeToken, { ...token, usedAt: null });
  }

  findToken(tokenHash: string, purpose: TokenPurpose): Promise<OneTimeToken | null> {
    return this.tokens.findOneBy({ tokenHash, purpose });
  }

  /** Marks a token used only if it was not; false means someone used it first. */
  async useToken(manager: EntityManager, id: number, at: Date): Promise<boolean> {
    const result = await manager.update(OneTimeToken, { id, usedAt: IsNull() }, { usedAt: at });
    return (result.affected ?? 0) === 1;
  }
}
