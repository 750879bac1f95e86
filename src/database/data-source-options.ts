import * as fs from 'node:fs';
import * as path from 'node:path';
import { DataSourceOptions } from 'typeorm';
import { DatabaseConfig } from '../config/app-config';
import { configurePostgresTypes } from './postgres-types';

/**
 * Entities and migrations are found by file pattern so that the app, the TypeORM CLI and
 * the tests (ts-jest runs the .ts sources) all use one list.
 */
const ENTITIES = path.join(__dirname, '..', '**', '*.entity.{ts,js}');
const MIGRATIONS = path.join(__dirname, 'migrations', '*.{ts,js}');

export function buildDataSourceOptions(database: DatabaseConfig): DataSourceOptions {
  const common = {
    entities: [ENTITIES],
    migrations: [MIGRATIONS],
    migrationsTableName: 'migrations',
    // Every migration of one start runs in one transaction: a failure leaves the schema as it was.
    migrationsTransactionMode: 'all' as const,
    synchronize: false,
    // TypeORM would log failed queries with their parameters, which can hold personal data;
    // errors reach the exception filter, which logs them without.
    logging: false,
  };
  if (database.type === 'postgres') {
    configurePostgresTypes();
    // The session time zone makes CURRENT_TIMESTAMP defaults UTC as well.
    return { ...common, type: 'postgres', url: database.url, extra: { options: '-c TimeZone=UTC' } };
  }
  if (database.path !== ':memory:') fs.mkdirSync(path.dirname(database.path), { recursive: true });
  return {
    ...common,
    type: 'sqlite',
    database: database.path,
    // WAL lets readers go on while one request writes; the busy timeout makes a second
    // writer wait instead of failing with SQLITE_BUSY. TypeORM turns foreign keys on.
    enableWAL: database.path !== ':memory:',
    busyErrorRetry: 100,
    busyTimeout: 5000,
  };
}
