import { QueryRunner } from 'typeorm';

/**
 * Column types for migrations that read the same on SQLite and PostgreSQL.
 * Entities leave the type of Date columns to TypeORM, which picks these same two.
 */
export function dateTimeType(queryRunner: QueryRunner): string {
  return queryRunner.connection.options.type === 'postgres' ? 'timestamp' : 'datetime';
}
