import { MigrationInterface, QueryRunner, Table, TableColumnOptions, TableForeignKeyOptions } from 'typeorm';
import { dateTimeType } from '../portable-types';

/**
 * The agenda of meeting two: per edition a draft and a published copy, with their blocks, the
 * cases in them (or left out), the breaks and the rooms of parallel tables.
 */
export class CreateAgenda1764320000800 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    const dateTime = dateTimeType(queryRunner);
    const id: TableColumnOptions = { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' };
    const agendaId: TableColumnOptions = { name: 'agendaId', type: 'integer' };
    const foreignKey = (column: string, table: string, onDelete: 'CASCADE' | 'SET NULL' = 'CASCADE'): TableForeignKeyOptions => ({
      columnNames: [column],
      referencedTableName: table,
      referencedColumnNames: ['id'],
      onDelete,
    });

    await queryRunner.createTable(
      new Table({
        name: 'agendas',
        columns: [
          id,
          { name: 'editionId', type: 'integer' },
          { name: 'kind', type: 'varchar', length: '10' },
          { name: 'revision', type: 'integer', default: 1 },
          { name: 'openingMinutes', type: 'integer', default: 15 },
          { name: 'closingMinutes', type: 'integer', default: 15 },
          { name: 'minMinutesPerCase', type: 'integer', default: 10 },
          { name: 'maxMinutesPerCase', type: 'integer', default: 30 },
          { name: 'tableCount', type: 'integer', default: 0 },
          { name: 'publishedRevision', type: 'integer', isNullable: true },
          { name: 'publications', type: 'integer', default: 0 },
          // Only on the published copy: the meeting's times as they were when it was published.
          { name: 'meetingStart', type: dateTime, isNullable: true },
          { name: 'meetingEnd', type: dateTime, isNullable: true },
          { name: 'walkInMinutes', type: 'integer', isNullable: true },
          { name: 'publishedAt', type: dateTime, isNullable: true },
          { name: 'updatedById', type: 'integer', isNullable: true },
          { name: 'createdAt', type: dateTime, default: 'CURRENT_TIMESTAMP' },
          { name: 'updatedAt', type: dateTime, default: 'CURRENT_TIMESTAMP' },
        ],
        foreignKeys: [foreignKey('editionId', 'editions'), foreignKey('updatedById', 'users', 'SET NULL')],
        indices: [{ name: 'IDX_agendas_edition_kind', columnNames: ['editionId', 'kind'], isUnique: true }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'agenda_blocks',
        columns: [
          id,
          agendaId,
          { name: 'number', type: 'integer' },
          { name: 'position', type: 'integer' },
          { name: 'label', type: 'varchar', length: '120' },
          // Themes are never deleted (only marked removed), so the block can keep pointing at one.
          { name: 'themeId', type: 'integer', isNullable: true },
        ],
        foreignKeys: [foreignKey('agendaId', 'agendas'), foreignKey('themeId', 'themes', 'SET NULL')],
        indices: [{ name: 'IDX_agenda_blocks_agenda', columnNames: ['agendaId'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'agenda_items',
        columns: [
          id,
          agendaId,
          { name: 'caseId', type: 'integer' },
          { name: 'blockNumber', type: 'integer', isNullable: true },
          { name: 'position', type: 'integer' },
          { name: 'minutes', type: 'integer', isNullable: true },
          { name: 'leftOutReason', type: 'varchar', length: '300', isNullable: true },
          { name: 'confidence', type: 'integer', isNullable: true },
          { name: 'because', type: 'text', default: "''" },
        ],
        foreignKeys: [foreignKey('agendaId', 'agendas'), foreignKey('caseId', 'cases')],
        indices: [{ name: 'IDX_agenda_items_agenda_case', columnNames: ['agendaId', 'caseId'], isUnique: true }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'agenda_breaks',
        columns: [id, agendaId, { name: 'position', type: 'integer' }, { name: 'startMinute', type: 'integer' }, { name: 'minutes', type: 'integer' }],
        foreignKeys: [foreignKey('agendaId', 'agendas')],
        indices: [{ name: 'IDX_agenda_breaks_agenda', columnNames: ['agendaId'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'agenda_rooms',
        columns: [
          { name: 'agendaId', type: 'integer', isPrimary: true },
          { name: 'tableNumber', type: 'integer', isPrimary: true },
          { name: 'name', type: 'varchar', length: '60' },
        ],
        foreignKeys: [foreignKey('agendaId', 'agendas')],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of ['agenda_rooms', 'agenda_breaks', 'agenda_items', 'agenda_blocks', 'agendas']) await queryRunner.dropTable(table);
  }
}
