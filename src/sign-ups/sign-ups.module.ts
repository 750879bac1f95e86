import { Module } from '@nestjs/common';
import { EditionsModule } from '../editions/editions.module';
import { EnrolmentsModule } from '../enrolments/enrolments.module';
import { MailModule } from '../mail/mail.module';
import { SignUpDecisionsController } from './sign-up-decisions.controller';
import { SignUpDecisionsService } from './sign-up-decisions.service';
import { SignUpMails } from './sign-up-mails';
import { SignUpsController } from './sign-ups.controller';
import { SignUpsRepository } from './sign-ups.repository';
import { SignUpsService } from './sign-ups.service';

/** Public sign-up for an open edition, the waiting list, and the coordinator's decisions. */
@Module({
  imports: [EditionsModule, EnrolmentsModule, MailModule],
  controllers: [SignUpsController, SignUpDecisionsController],
  providers: [SignUpsRepository, SignUpsService, SignUpDecisionsService, SignUpMails],
  exports: [SignUpsService],
})
export class SignUpsModule {}
