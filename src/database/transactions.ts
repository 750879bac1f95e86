import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

/**
 * The one way to change data. TypeORM's SQLite driver shares a single connection, so two
 * transactions that run at the same time would mix into one: a rollback in one request could
 * undo what another request already reported as saved. On SQLite every write therefore waits
 * its turn here; on PostgreSQL each transaction has its own connection and runs at once.
 */
@Injectable()
export class Transactions {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly dataSource: DataSource) {}

  write<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    if (this.dataSource.options.type !== 'sqlite') return this.dataSource.transaction(work);
    const run = this.queue.then(() => this.dataSource.transaction(work));
    // The next write waits for this one, whether it succeeded or not.
    this.queue = run.catch(() => undefined);
    return run;
  }
}
