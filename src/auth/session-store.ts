import { Store, SessionData } from 'express-session';
import { DataSource, LessThan } from 'typeorm';
import { Transactions } from '../database/transactions';
import { Session } from './session.entity';

const TOUCH_EVERY_MS = 60 * 60 * 1000;

/**
 * express-session's store on the portal's own database, so sessions survive a restart and are
 * shared by several app instances. Writes go through Transactions like every other write.
 */
export class DatabaseSessionStore extends Store {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: Transactions,
    private readonly ttlMs: number,
  ) {
    super();
  }

  override get(sid: string, done: (err: unknown, session?: SessionData | null) => void): void {
    this.dataSource
      .getRepository(Session)
      .findOneBy({ id: sid })
      .then((row) => done(null, row && row.expiresAt > new Date() ? (JSON.parse(row.data) as SessionData) : null))
      .catch((error) => done(error));
  }

  override set(sid: string, session: SessionData, done?: (err?: unknown) => void): void {
    const row = { id: sid, data: JSON.stringify(session), userId: userIdOf(session), expiresAt: this.expiry(session) };
    this.transactions
      .write((manager) => manager.upsert(Session, row, ['id']))
      .then(() => done?.())
      .catch((error) => done?.(error));
  }

  override destroy(sid: string, done?: (err?: unknown) => void): void {
    this.transactions
      .write((manager) => manager.delete(Session, { id: sid }))
      .then(() => done?.())
      .catch((error) => done?.(error));
  }

  /** Extends an idle session, but writes at most once an hour per session: a page view stays a read. */
  override touch(sid: string, session: SessionData, done?: (err?: unknown) => void): void {
    const expiresAt = this.expiry(session);
    this.transactions
      .write((manager) =>
        manager.update(Session, { id: sid, expiresAt: LessThan(new Date(expiresAt.getTime() - TOUCH_EVERY_MS)) }, { expiresAt }),
      )
      .then(() => done?.())
      .catch((error) => done?.(error));
  }

  /** Ends every session of a person, e.g. after a password reset. */
  destroyAllOf(userId: number): Promise<unknown> {
    return this.transactions.write((manager) => manager.delete(Session, { userId }));
  }

  removeExpired(now: Date): Promise<unknown> {
    return this.transactions.write((manager) => manager.delete(Session, { expiresAt: LessThan(now) }));
  }

  private expiry(session: SessionData): Date {
    const cookieExpiry = session.cookie?.expires ? new Date(session.cookie.expires) : undefined;
    return cookieExpiry ?? new Date(Date.now() + this.ttlMs);
  }
}

function userIdOf(session: SessionData): number | null {
  return typeof session.userId === 'number' ? session.userId : null;
}
