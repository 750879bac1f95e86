import { Injectable } from '@nestjs/common';
import {
  DataSource,
  EntityManager,
  EntitySubscriberInterface,
  QueryRunner,
  TransactionCommitEvent,
  TransactionRollbackEvent,
} from 'typeorm';

/**
 * Runs a callback once the transaction an EntityManager belongs to has committed, or at once
 * when it is not in one. After a rollback the callback is dropped. A callback registered
 * inside a savepoint that is rolled back still runs when the outer transaction commits, so use
 * this for hints that are harmless when there turns out to be nothing to do (waking a sender).
 */
@Injectable()
export class AfterCommit implements EntitySubscriberInterface {
  private readonly pending = new WeakMap<QueryRunner, (() => void)[]>();

  constructor(dataSource: DataSource) {
    dataSource.subscribers.push(this);
  }

  run(manager: EntityManager | undefined, callback: () => void): void {
    const runner = manager?.queryRunner;
    if (!runner?.isTransactionActive) {
      callback();
      return;
    }
    this.pending.set(runner, [...(this.pending.get(runner) ?? []), callback]);
  }

  afterTransactionCommit(event: TransactionCommitEvent): void {
    // Still active: only a savepoint was released, and the outer transaction may yet roll back.
    if (event.queryRunner.isTransactionActive) return;
    const callbacks = this.pending.get(event.queryRunner) ?? [];
    this.pending.delete(event.queryRunner);
    for (const callback of callbacks) callback();
  }

  afterTransactionRollback(event: TransactionRollbackEvent): void {
    // Still active: only a savepoint was rolled back (see above).
    if (!event.queryRunner.isTransactionActive) this.pending.delete(event.queryRunner);
  }
}
