import { MigrationInterface, QueryRunner, Table } from 'typeorm';
import { dateTimeType } from '../portable-types';

export class CreateMailOutbox1764320000200 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    const dateTime = dateTimeType(queryRunner);
    await queryRunner.createTable(
      new Table({
        name: 'mail_outbox',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'toAddress', type: 'varchar', length: '320' },
          { name: 'toName', type: 'varchar', length: '200', isNullable: true },
          { name: 'lang', type: 'varchar', length: '2' },
          { name: 'subject', type: 'varchar', length: '300' },
          { name: 'textBody', type: 'text' },
          { name: 'htmlBody', type: 'text' },
          { name: 'template', type: 'varchar', length: '60' },
          { name: 'status', type: 'varchar', length: '10' },
          { name: 'attempts', type: 'integer', default: 0 },
          { name: 'nextAttemptAt', type: dateTime },
          { name: 'lastError', type: 'varchar', length: '300', isNullable: true },
          { name: 'dedupeKey', type: 'varchar', length: '200', isNullable: true, isUnique: true },
          { name: 'createdAt', type: dateTime, default: 'CURRENT_TIMESTAMP' },
          { name: 'sentAt', type: dateTime, isNullable: true },
        ],
        // The sender looks for due mails by status and time.
        indices: [{ name: 'IDX_mail_outbox_status_next', columnNames: ['status', 'nextAttemptAt'] }],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('mail_outbox');
  }
}
