import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Edition } from '../editions/edition.entity';
import { Enrolment } from '../enrolments/enrolment.entity';
import { EnrolmentsModule } from '../enrolments/enrolments.module';
import { SignUp } from '../enrolments/sign-up.entity';
import { MailModule } from '../mail/mail.module';
import { AdminDashboardService } from './admin-dashboard.service';
import { AdminEditionsService } from './admin-editions.service';
import { AdminOutboxController } from './admin-outbox.controller';
import { AdminOutboxService } from './admin-outbox.service';
import { AdminPages } from './admin-pages';
import { AdminTrainersService } from './admin-trainers.service';
import { AdminController } from './admin.controller';
import { AdminRepository } from './admin.repository';

/** The coordinators' pages under /beheer: editions, their trainers, and the outbox. */
@Module({
  imports: [TypeOrmModule.forFeature([Edition, Enrolment, SignUp]), EnrolmentsModule, MailModule],
  controllers: [AdminController, AdminOutboxController],
  providers: [AdminRepository, AdminPages, AdminDashboardService, AdminEditionsService, AdminTrainersService, AdminOutboxService],
})
export class AdminModule {}
