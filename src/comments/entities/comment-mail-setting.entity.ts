import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { MailPreference } from '../../users/user.entity';

/** A person's choice, for one edition, of how to hear about comments. Without a row: the account's default. */
@Entity('comment_mail_settings')
export class CommentMailSetting {
  @PrimaryColumn({ type: 'integer' })
  enrolmentId: number;

  @Column({ type: 'varchar', length: 10 })
  preference: MailPreference;

  @UpdateDateColumn()
  updatedAt: Date;
}
