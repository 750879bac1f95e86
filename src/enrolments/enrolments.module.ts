import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EditionsModule } from '../editions/editions.module';
import { MailModule } from '../mail/mail.module';
import { UsersModule } from '../users/users.module';
import { EditionAccessService } from './edition-access';
import { Enrolment } from './enrolment.entity';
import { EnrolmentsRepository } from './enrolments.repository';
import { Invitation } from './invitation.entity';
import { InvitationsRepository } from './invitations.repository';
import { InvitationsService } from './invitations.service';
import { SignUp } from './sign-up.entity';

@Module({
  imports: [TypeOrmModule.forFeature([Enrolment, Invitation, SignUp]), EditionsModule, UsersModule, MailModule],
  controllers: [],
  providers: [EnrolmentsRepository, InvitationsRepository, InvitationsService, EditionAccessService],
  exports: [EnrolmentsRepository, InvitationsRepository, InvitationsService, EditionAccessService, TypeOrmModule],
})
export class EnrolmentsModule {}
