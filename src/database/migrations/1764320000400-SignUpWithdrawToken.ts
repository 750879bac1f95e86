import { MigrationInterface, QueryRunner, TableColumn } from 'typeorm';

/**
 * The "withdraw my sign-up" link in the confirmation mail. Only the SHA-256 of its token is
 * stored, so a copy of the database holds no working links; unique, so a hash finds one row.
 */
export class SignUpWithdrawToken1764320000400 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn(
      'sign_ups',
      new TableColumn({ name: 'withdrawTokenHash', type: 'varchar', length: '64', isNullable: true, isUnique: true }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('sign_ups', 'withdrawTokenHash');
  }
}
