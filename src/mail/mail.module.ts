import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AfterCommit } from './after-commit';
import { MailRenderer } from './mail-renderer';
import { MailSender } from './mail-sender';
import { MailRepository } from './mail.repository';
import { MailService } from './mail.service';
import { OutboxMail } from './outbox-mail.entity';

/** Outgoing mail through a transactional outbox. Other features use MailService only. */
@Module({
  imports: [TypeOrmModule.forFeature([OutboxMail])],
  providers: [MailRenderer, MailRepository, MailSender, MailService, AfterCommit],
  exports: [MailService],
})
export class MailModule {}
