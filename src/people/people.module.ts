import { Module } from '@nestjs/common';
import { EnrolmentsModule } from '../enrolments/enrolments.module';
import { SignUpsModule } from '../sign-ups/sign-ups.module';
import { UsersModule } from '../users/users.module';
import { AcceptInvitationService } from './accept-invitation.service';
import { InvitationController } from './invitation.controller';
import { MyEditionsController } from './my-editions.controller';
import { PeopleController } from './people.controller';
import { PeopleService } from './people.service';

@Module({
  imports: [EnrolmentsModule, UsersModule, SignUpsModule],
  controllers: [MyEditionsController, PeopleController, InvitationController],
  providers: [PeopleService, AcceptInvitationService],
})
export class PeopleModule {}
