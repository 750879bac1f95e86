import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { dateTimeType } from '../portable-types';

/** Files with the preparation material of an edition, stored like case attachments under random names. */
export class CreatePreparationFiles1764320000610 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'preparation_files',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'editionId', type: 'integer' },
          { name: 'storedName', type: 'varchar', length: '64', isUnique: true },
          { name: 'displayName', type: 'varchar', length: '200' },
          { name: 'mime', type: 'varchar', length: '120' },
          { name: 'kind', type: 'varchar', length: '10' },
          { name: 'size', type: 'integer' },
          { name: 'sha256', type: 'varchar', length: '64' },
          { name: 'uploadedById', type: 'integer', isNullable: true },
          { name: 'createdAt', type: dateTimeType(queryRunner), default: 'CURRENT_TIMESTAMP' },
        ],
        foreignKeys: [
          { columnNames: ['editionId'], referencedTableName: 'editions', referencedColumnNames: ['id'], onDelete: 'CASCADE' },
          { columnNames: ['uploadedById'], referencedTableName: 'users', referencedColumnNames: ['id'], onDelete: 'SET NULL' },
        ],
        indices: [{ name: 'IDX_preparation_files_edition', columnNames: ['editionId'] }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('preparation_files');
  }
}
