import { MigrationInterface, QueryRunner, Table, TableColumnOptions } from 'typeorm';
import { dateTimeType } from '../portable-types';

/** People, their sessions and login links, and their places in editions. */
export class CreateAccounts1764320000100 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    const dateTime = dateTimeType(queryRunner);
    const id: TableColumnOptions = { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' };
    const createdAt: TableColumnOptions = { name: 'createdAt', type: dateTime, default: 'CURRENT_TIMESTAMP' };

    await queryRunner.createTable(
      new Table({
        name: 'users',
        columns: [
          id,
          { name: 'email', type: 'varchar', length: '254', isUnique: true },
          { name: 'passwordHash', type: 'varchar', length: '200', isNullable: true },
          { name: 'name', type: 'varchar', length: '120' },
          { name: 'organisation', type: 'varchar', length: '160', default: "''" },
          { name: 'jobTitle', type: 'varchar', length: '160', default: "''" },
          { name: 'language', type: 'varchar', length: '2', default: "'nl'" },
          { name: 'mailPreference', type: 'varchar', length: '10', default: "'digest'" },
          { name: 'isCoordinator', type: 'boolean', default: false },
          { name: 'lastLoginAt', type: dateTime, isNullable: true },
          createdAt,
          { name: 'updatedAt', type: dateTime, default: 'CURRENT_TIMESTAMP' },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'enrolments',
        columns: [
          id,
          { name: 'editionId', type: 'integer' },
          { name: 'userId', type: 'integer' },
          { name: 'role', type: 'varchar', length: '12' },
          { name: 'status', type: 'varchar', length: '12', default: "'invited'" },
          { name: 'lunch', type: 'boolean', default: false },
          { name: 'lastVisitAt', type: dateTime, isNullable: true },
          createdAt,
        ],
        foreignKeys: [
          { columnNames: ['editionId'], referencedTableName: 'editions', referencedColumnNames: ['id'], onDelete: 'CASCADE' },
          { columnNames: ['userId'], referencedTableName: 'users', referencedColumnNames: ['id'], onDelete: 'CASCADE' },
        ],
        indices: [
          { name: 'IDX_enrolments_edition_user', columnNames: ['editionId', 'userId'], isUnique: true },
          { name: 'IDX_enrolments_user', columnNames: ['userId'] },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'invitations',
        columns: [
          id,
          { name: 'enrolmentId', type: 'integer' },
          { name: 'tokenHash', type: 'varchar', length: '64', isUnique: true },
          { name: 'expiresAt', type: dateTime },
          { name: 'usedAt', type: dateTime, isNullable: true },
          { name: 'retiredAt', type: dateTime, isNullable: true },
          { name: 'invitedById', type: 'integer', isNullable: true },
          createdAt,
        ],
        foreignKeys: [
          { columnNames: ['enrolmentId'], referencedTableName: 'enrolments', referencedColumnNames: ['id'], onDelete: 'CASCADE' },
          { columnNames: ['invitedById'], referencedTableName: 'users', referencedColumnNames: ['id'], onDelete: 'SET NULL' },
        ],
        indices: [{ name: 'IDX_invitations_enrolment', columnNames: ['enrolmentId'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'sign_ups',
        columns: [
          id,
          { name: 'editionId', type: 'integer' },
          { name: 'name', type: 'varchar', length: '120' },
          { name: 'email', type: 'varchar', length: '254' },
          { name: 'organisation', type: 'varchar', length: '160' },
          { name: 'jobTitle', type: 'varchar', length: '160', default: "''" },
          { name: 'lunch', type: 'boolean', default: false },
          { name: 'remarks', type: 'text', default: "''" },
          { name: 'language', type: 'varchar', length: '2', default: "'nl'" },
          { name: 'status', type: 'varchar', length: '12' },
          createdAt,
          { name: 'decidedAt', type: dateTime, isNullable: true },
        ],
        foreignKeys: [
          { columnNames: ['editionId'], referencedTableName: 'editions', referencedColumnNames: ['id'], onDelete: 'CASCADE' },
        ],
        indices: [{ name: 'IDX_sign_ups_edition_status', columnNames: ['editionId', 'status'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'sessions',
        columns: [
          { name: 'id', type: 'varchar', length: '64', isPrimary: true },
          { name: 'data', type: 'text' },
          { name: 'userId', type: 'integer', isNullable: true },
          { name: 'expiresAt', type: dateTime },
        ],
        indices: [
          { name: 'IDX_sessions_user', columnNames: ['userId'] },
          { name: 'IDX_sessions_expires', columnNames: ['expiresAt'] },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'one_time_tokens',
        columns: [
          id,
          { name: 'tokenHash', type: 'varchar', length: '64', isUnique: true },
          { name: 'purpose', type: 'varchar', length: '20' },
          { name: 'userId', type: 'integer' },
          { name: 'expiresAt', type: dateTime },
          { name: 'usedAt', type: dateTime, isNullable: true },
          createdAt,
        ],
        foreignKeys: [{ columnNames: ['userId'], referencedTableName: 'users', referencedColumnNames: ['id'], onDelete: 'CASCADE' }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'login_attempts',
        columns: [id, { name: 'key', type: 'varchar', length: '64' }, { name: 'attemptedAt', type: dateTime }],
        indices: [{ name: 'IDX_login_attempts_key', columnNames: ['key', 'attemptedAt'] }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['login_attempts', 'one_time_tokens', 'sessions', 'sign_ups', 'invitations', 'enrolments', 'users']) {
      await queryRunner.dropTable(table);
    }
  }
}
