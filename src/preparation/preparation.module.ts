import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Edition } from '../editions/edition.entity';
import { Enrolment } from '../enrolments/enrolment.entity';
import { EnrolmentsModule } from '../enrolments/enrolments.module';
import { MailModule } from '../mail/mail.module';
import { UploadFolder } from '../cases/upload/upload-folder';
import { CaseUploadInterceptor } from '../cases/upload/case-upload.interceptor';
import { PreparationFile } from './entities/preparation-file.entity';
import { PreparationReminder } from './entities/preparation-reminder.entity';
import { FilesRepository } from './files/files.repository';
import { PreparationFileFolder } from './files/preparation-file-folder';
import { PreparationFileSweeper } from './files/preparation-file-sweeper';
import { PreparationFilesController } from './files/preparation-files.controller';
import { PreparationFilesService } from './files/preparation-files.service';
import { PreparationUploadGuard } from './files/preparation-upload.guard';
import { PreparationAccess } from './preparation-access';
import { PreparationAnswersService } from './preparation-answers.service';
import { PreparationController } from './preparation.controller';
import { PreparationDataModule } from './preparation-data.module';
import { PreparationOverviewController } from './preparation-overview.controller';
import { PreparationOverviewService } from './preparation-overview.service';
import { PreparationQuestionsService } from './preparation-questions.service';
import { PreparationReminderJob } from './preparation-reminder.job';
import { PreparationRemindersService } from './preparation-reminders.service';
import { PreparationSetupController } from './preparation-setup.controller';
import { PreparationSetupService } from './preparation-setup.service';
import { RemindersRepository } from './reminders.repository';

/**
 * Preparation before meeting one: reading material (text, a link, files) and written
 * questions, the participants' answers, the trainer's overview, sharing with the group and
 * reminders by mail.
 */
@Module({
  imports: [TypeOrmModule.forFeature([PreparationReminder, PreparationFile, Edition, Enrolment]), PreparationDataModule, EnrolmentsModule, MailModule],
  controllers: [PreparationController, PreparationSetupController, PreparationOverviewController, PreparationFilesController],
  providers: [
    PreparationAccess,
    PreparationAnswersService,
    PreparationSetupService,
    PreparationQuestionsService,
    PreparationOverviewService,
    PreparationRemindersService,
    PreparationReminderJob,
    RemindersRepository,
    FilesRepository,
    PreparationFilesService,
    PreparationFileFolder,
    PreparationFileSweeper,
    PreparationUploadGuard,
    // The cases' safe upload handling, used as it is; see PreparationFilesService.
    UploadFolder,
    CaseUploadInterceptor,
  ],
})
export class PreparationModule {}
