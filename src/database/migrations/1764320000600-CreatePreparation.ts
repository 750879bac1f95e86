import { MigrationInterface, QueryRunner, Table, TableColumnOptions, TableForeignKeyOptions } from 'typeorm';
import { dateTimeType } from '../portable-types';

/**
 * Preparation before meeting one: the material and deadline of an edition, its questions with
 * every version that was answered, the participants' answers and the reminders sent.
 */
export class CreatePreparation1764320000600 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    const dateTime = dateTimeType(queryRunner);
    const id: TableColumnOptions = { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' };
    const createdAt: TableColumnOptions = { name: 'createdAt', type: dateTime, default: 'CURRENT_TIMESTAMP' };
    const updatedAt: TableColumnOptions = { name: 'updatedAt', type: dateTime, default: 'CURRENT_TIMESTAMP' };
    const cascade = (column: string, table: string): TableForeignKeyOptions => ({
      columnNames: [column],
      referencedTableName: table,
      referencedColumnNames: ['id'],
      onDelete: 'CASCADE',
    });
    const wording: TableColumnOptions[] = [
      { name: 'text', type: 'varchar', length: '500' },
      { name: 'hint', type: 'varchar', length: '500', default: "''" },
    ];

    await queryRunner.createTable(
      new Table({
        name: 'preparation_settings',
        columns: [
          { name: 'editionId', type: 'integer', isPrimary: true },
          { name: 'material', type: 'text', default: "''" },
          { name: 'articleTitle', type: 'varchar', length: '200', default: "''" },
          { name: 'articleUrl', type: 'varchar', length: '500', default: "''" },
          { name: 'deadline', type: dateTime, isNullable: true },
          { name: 'reminderDays', type: 'integer', default: 3 },
          { name: 'sharedAt', type: dateTime, isNullable: true },
          updatedAt,
        ],
        foreignKeys: [cascade('editionId', 'editions')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'preparation_questions',
        columns: [
          id,
          { name: 'editionId', type: 'integer' },
          { name: 'position', type: 'integer' },
          { name: 'version', type: 'integer', default: 1 },
          ...wording,
          { name: 'required', type: 'boolean', default: true },
          { name: 'maxLength', type: 'integer' },
          { name: 'removedAt', type: dateTime, isNullable: true },
          createdAt,
        ],
        foreignKeys: [cascade('editionId', 'editions')],
        indices: [{ name: 'IDX_preparation_questions_edition', columnNames: ['editionId', 'position'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'preparation_question_versions',
        columns: [
          id,
          { name: 'questionId', type: 'integer' },
          { name: 'number', type: 'integer' },
          ...wording,
          { name: 'required', type: 'boolean' },
          { name: 'maxLength', type: 'integer' },
          createdAt,
        ],
        foreignKeys: [cascade('questionId', 'preparation_questions')],
        indices: [{ name: 'IDX_preparation_question_versions_number', columnNames: ['questionId', 'number'], isUnique: true }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'preparation_responses',
        columns: [
          id,
          { name: 'editionId', type: 'integer' },
          { name: 'enrolmentId', type: 'integer', isUnique: true },
          { name: 'status', type: 'varchar', length: '12' },
          { name: 'submittedAt', type: dateTime, isNullable: true },
          createdAt,
          updatedAt,
        ],
        foreignKeys: [cascade('editionId', 'editions'), cascade('enrolmentId', 'enrolments')],
        indices: [{ name: 'IDX_preparation_responses_edition', columnNames: ['editionId', 'status'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'preparation_answers',
        columns: [
          id,
          { name: 'responseId', type: 'integer' },
          { name: 'questionId', type: 'integer' },
          { name: 'questionVersion', type: 'integer' },
          { name: 'text', type: 'text' },
          updatedAt,
        ],
        foreignKeys: [cascade('responseId', 'preparation_responses'), cascade('questionId', 'preparation_questions')],
        indices: [
          { name: 'IDX_preparation_answers_response_question', columnNames: ['responseId', 'questionId'], isUnique: true },
          { name: 'IDX_preparation_answers_question', columnNames: ['questionId'] },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'preparation_reminders',
        columns: [
          id,
          { name: 'enrolmentId', type: 'integer' },
          { name: 'kind', type: 'varchar', length: '10' },
          { name: 'day', type: 'varchar', length: '10', default: "''" },
          { name: 'sentAt', type: dateTime },
          { name: 'sentById', type: 'integer', isNullable: true },
        ],
        foreignKeys: [cascade('enrolmentId', 'enrolments'), { ...cascade('sentById', 'users'), onDelete: 'SET NULL' }],
        indices: [{ name: 'IDX_preparation_reminders_once', columnNames: ['enrolmentId', 'kind', 'day'], isUnique: true }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [
      'preparation_reminders',
      'preparation_answers',
      'preparation_responses',
      'preparation_question_versions',
      'preparation_questions',
      'preparation_settings',
    ]) {
      await queryRunner.dropTable(table);
    }
  }
}
