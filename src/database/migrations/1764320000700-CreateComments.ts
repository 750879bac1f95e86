import { MigrationInterface, QueryRunner, Table, TableColumnOptions, TableForeignKeyOptions } from 'typeorm';
import { dateTimeType } from '../portable-types';

/**
 * Peer feedback on cases: comments with their replies and trainer notes, who read which case
 * when, the edition's comment settings, each person's mail choice per edition, the mails still
 * to be sent about comments, the daily digests sent, and the feedback assignments.
 */
export class CreateComments1764320000700 implements MigrationInterface {
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

    await queryRunner.createTable(
      new Table({
        name: 'comments',
        columns: [
          id,
          { name: 'editionId', type: 'integer' },
          { name: 'caseId', type: 'integer' },
          { name: 'authorId', type: 'integer' },
          { name: 'parentId', type: 'integer', isNullable: true },
          { name: 'kind', type: 'varchar', length: '12' },
          // Set on a trainer note and on every reply in its thread: only the case's author and the trainers read them.
          { name: 'trainerNote', type: 'boolean', default: false },
          { name: 'body', type: 'text' },
          createdAt,
          { name: 'editedAt', type: dateTime, isNullable: true },
          { name: 'deletedAt', type: dateTime, isNullable: true },
          { name: 'hiddenAt', type: dateTime, isNullable: true },
          { name: 'hiddenById', type: 'integer', isNullable: true },
          { name: 'hiddenReason', type: 'varchar', length: '300', default: "''" },
        ],
        foreignKeys: [
          cascade('editionId', 'editions'),
          cascade('caseId', 'cases'),
          cascade('authorId', 'users'),
          cascade('parentId', 'comments'),
          { ...cascade('hiddenById', 'users'), onDelete: 'SET NULL' },
        ],
        indices: [
          { name: 'IDX_comments_case_created', columnNames: ['caseId', 'createdAt'] },
          { name: 'IDX_comments_edition_author', columnNames: ['editionId', 'authorId'] },
          { name: 'IDX_comments_parent', columnNames: ['parentId'] },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'comment_reads',
        columns: [
          { name: 'userId', type: 'integer', isPrimary: true },
          { name: 'caseId', type: 'integer', isPrimary: true },
          { name: 'seenAt', type: dateTime },
        ],
        foreignKeys: [cascade('userId', 'users'), cascade('caseId', 'cases')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'comment_settings',
        columns: [
          { name: 'editionId', type: 'integer', isPrimary: true },
          // Null: comments close at the end of meeting two.
          { name: 'closesAt', type: dateTime, isNullable: true },
          { name: 'perParticipant', type: 'integer', default: 2 },
          updatedAt,
        ],
        foreignKeys: [cascade('editionId', 'editions')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'comment_mail_settings',
        columns: [
          { name: 'enrolmentId', type: 'integer', isPrimary: true },
          { name: 'preference', type: 'varchar', length: '10' },
          updatedAt,
        ],
        foreignKeys: [cascade('enrolmentId', 'enrolments')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'comment_notifications',
        columns: [
          id,
          { name: 'commentId', type: 'integer' },
          { name: 'userId', type: 'integer' },
          { name: 'editionId', type: 'integer' },
          { name: 'reason', type: 'varchar', length: '10' },
          createdAt,
          { name: 'sentAt', type: dateTime, isNullable: true },
        ],
        foreignKeys: [cascade('commentId', 'comments'), cascade('userId', 'users'), cascade('editionId', 'editions')],
        indices: [
          { name: 'IDX_comment_notifications_once', columnNames: ['commentId', 'userId'], isUnique: true },
          { name: 'IDX_comment_notifications_pending', columnNames: ['sentAt', 'userId'] },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'comment_digests',
        columns: [
          id,
          { name: 'userId', type: 'integer' },
          { name: 'editionId', type: 'integer' },
          // The Amsterdam calendar day, "2030-09-28": one digest a day per person and edition.
          { name: 'day', type: 'varchar', length: '10' },
          { name: 'sentAt', type: dateTime },
        ],
        foreignKeys: [cascade('userId', 'users'), cascade('editionId', 'editions')],
        indices: [{ name: 'IDX_comment_digests_once', columnNames: ['userId', 'editionId', 'day'], isUnique: true }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'feedback_assignments',
        columns: [id, { name: 'editionId', type: 'integer' }, { name: 'enrolmentId', type: 'integer' }, { name: 'caseId', type: 'integer' }, createdAt],
        foreignKeys: [cascade('editionId', 'editions'), cascade('enrolmentId', 'enrolments'), cascade('caseId', 'cases')],
        indices: [
          { name: 'IDX_feedback_assignments_once', columnNames: ['enrolmentId', 'caseId'], isUnique: true },
          { name: 'IDX_feedback_assignments_edition', columnNames: ['editionId'] },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const tables = ['feedback_assignments', 'comment_digests', 'comment_notifications', 'comment_mail_settings', 'comment_settings', 'comment_reads', 'comments'];
    for (const table of tables) await queryRunner.dropTable(table);
  }
}
