import { MigrationInterface, QueryRunner, Table, TableColumnOptions, TableForeignKeyOptions } from 'typeorm';
import { dateTimeType } from '../portable-types';

/**
 * The theme list of an edition and the cases participants write: the working copy, every
 * submitted version, attachments, personal extensions of the deadline, the edition's case
 * settings and the reminders trainers sent.
 */
export class CreateThemesAndCases1764320000500 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    const dateTime = dateTimeType(queryRunner);
    const id: TableColumnOptions = { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' };
    const createdAt: TableColumnOptions = { name: 'createdAt', type: dateTime, default: 'CURRENT_TIMESTAMP' };
    const cascade = (column: string, table: string): TableForeignKeyOptions => ({
      columnNames: [column],
      referencedTableName: table,
      referencedColumnNames: ['id'],
      onDelete: 'CASCADE',
    });
    const setNull = (column: string, table: string): TableForeignKeyOptions => ({ ...cascade(column, table), onDelete: 'SET NULL' });
    // The fields of a case, the same on the working copy and on each submitted version.
    const caseFields: TableColumnOptions[] = [
      { name: 'title', type: 'varchar', length: '150', default: "''" },
      { name: 'organisation', type: 'varchar', length: '160', default: "''" },
      { name: 'context', type: 'text', default: "''" },
      { name: 'situation', type: 'text', default: "''" },
      { name: 'involved', type: 'text', default: "''" },
      { name: 'tried', type: 'text', default: "''" },
      { name: 'question', type: 'text', default: "''" },
      { name: 'otherTheme', type: 'varchar', length: '100', default: "''" },
    ];

    await queryRunner.createTable(
      new Table({
        name: 'themes',
        columns: [
          id,
          { name: 'editionId', type: 'integer' },
          { name: 'name', type: 'varchar', length: '80' },
          { name: 'description', type: 'varchar', length: '300', default: "''" },
          { name: 'keywords', type: 'text', default: "''" },
          { name: 'position', type: 'integer' },
          // Removed themes stay, so that cases and versions that chose them still show the name.
          { name: 'removedAt', type: dateTime, isNullable: true },
          createdAt,
        ],
        foreignKeys: [cascade('editionId', 'editions')],
        indices: [{ name: 'IDX_themes_edition_position', columnNames: ['editionId', 'position'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'cases',
        columns: [
          id,
          { name: 'editionId', type: 'integer' },
          { name: 'authorId', type: 'integer' },
          { name: 'status', type: 'varchar', length: '12', default: "'draft'" },
          ...caseFields,
          // No foreign key: cases and versions would point at each other. The repository keeps it right.
          { name: 'currentVersionId', type: 'integer', isNullable: true },
          { name: 'firstSubmittedAt', type: dateTime, isNullable: true },
          { name: 'withdrawnAt', type: dateTime, isNullable: true },
          createdAt,
          { name: 'updatedAt', type: dateTime, default: 'CURRENT_TIMESTAMP' },
        ],
        foreignKeys: [cascade('editionId', 'editions'), cascade('authorId', 'users')],
        indices: [
          { name: 'IDX_cases_edition_status', columnNames: ['editionId', 'status'] },
          { name: 'IDX_cases_edition_author', columnNames: ['editionId', 'authorId'] },
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'case_versions',
        columns: [id, { name: 'caseId', type: 'integer' }, { name: 'number', type: 'integer' }, ...caseFields, { name: 'submittedAt', type: dateTime }],
        foreignKeys: [cascade('caseId', 'cases')],
        indices: [{ name: 'IDX_case_versions_case_number', columnNames: ['caseId', 'number'], isUnique: true }],
      }),
    );
    for (const [table, owner, ownerTable] of [
      ['case_themes', 'caseId', 'cases'],
      ['case_version_themes', 'versionId', 'case_versions'],
    ]) {
      await queryRunner.createTable(
        new Table({
          name: table,
          columns: [
            { name: owner, type: 'integer', isPrimary: true },
            { name: 'themeId', type: 'integer', isPrimary: true },
          ],
          foreignKeys: [cascade(owner, ownerTable), cascade('themeId', 'themes')],
        }),
      );
    }
    await queryRunner.createTable(
      new Table({
        name: 'case_attachments',
        columns: [
          id,
          { name: 'caseId', type: 'integer' },
          { name: 'storedName', type: 'varchar', length: '64', isUnique: true },
          { name: 'displayName', type: 'varchar', length: '200' },
          { name: 'mime', type: 'varchar', length: '120' },
          { name: 'kind', type: 'varchar', length: '10' },
          { name: 'size', type: 'integer' },
          { name: 'sha256', type: 'varchar', length: '64' },
          { name: 'uploadedById', type: 'integer', isNullable: true },
          createdAt,
        ],
        foreignKeys: [cascade('caseId', 'cases'), setNull('uploadedById', 'users')],
        indices: [{ name: 'IDX_case_attachments_case', columnNames: ['caseId'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'case_extensions',
        columns: [
          id,
          { name: 'enrolmentId', type: 'integer', isUnique: true },
          { name: 'until', type: dateTime },
          { name: 'grantedById', type: 'integer', isNullable: true },
          createdAt,
        ],
        foreignKeys: [cascade('enrolmentId', 'enrolments'), setNull('grantedById', 'users')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'case_settings',
        columns: [
          { name: 'editionId', type: 'integer', isPrimary: true },
          { name: 'maxCasesPerParticipant', type: 'integer', default: 1 },
          { name: 'updatedAt', type: dateTime, default: 'CURRENT_TIMESTAMP' },
        ],
        foreignKeys: [cascade('editionId', 'editions')],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'case_reminders',
        columns: [
          id,
          { name: 'enrolmentId', type: 'integer' },
          // The Amsterdam calendar day, "2030-09-28": at most one reminder a day per person.
          { name: 'day', type: 'varchar', length: '10' },
          { name: 'sentAt', type: dateTime },
          { name: 'sentById', type: 'integer', isNullable: true },
        ],
        foreignKeys: [cascade('enrolmentId', 'enrolments'), setNull('sentById', 'users')],
        indices: [{ name: 'IDX_case_reminders_enrolment_day', columnNames: ['enrolmentId', 'day'], isUnique: true }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    const tables = ['case_reminders', 'case_settings', 'case_extensions', 'case_attachments', 'case_version_themes', 'case_themes', 'case_versions', 'cases', 'themes'];
    for (const table of tables) await queryRunner.dropTable(table);
  }
}
