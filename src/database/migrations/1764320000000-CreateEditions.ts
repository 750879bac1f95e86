import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { dateTimeType } from '../portable-types';

export class CreateEditions1764320000000 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    const dateTime = dateTimeType(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'editions',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'slug', type: 'varchar', length: '80', isUnique: true },
          { name: 'title', type: 'varchar', length: '200' },
          { name: 'description', type: 'text', default: "''" },
          { name: 'meeting1Start', type: dateTime },
          { name: 'meeting1End', type: dateTime },
          { name: 'meeting2Start', type: dateTime },
          { name: 'meeting2End', type: dateTime },
          { name: 'walkInMinutes', type: 'integer', default: 30 },
          { name: 'venueName', type: 'varchar', length: '200' },
          { name: 'venueAddress', type: 'varchar', length: '300' },
          { name: 'capacityMin', type: 'integer', default: 10 },
          { name: 'capacityMax', type: 'integer', default: 20 },
          { name: 'feeCents', type: 'integer', default: 0 },
          { name: 'caseDeadline', type: dateTime },
          { name: 'status', type: 'varchar', length: '20', default: "'draft'" },
          { name: 'createdAt', type: dateTime, default: 'CURRENT_TIMESTAMP' },
          { name: 'updatedAt', type: dateTime, default: 'CURRENT_TIMESTAMP' },
        ],
        indices: [{ name: 'IDX_editions_status', columnNames: ['status'] }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('editions');
  }
}
