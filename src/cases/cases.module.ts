import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EnrolmentsModule } from '../enrolments/enrolments.module';
import { MailModule } from '../mail/mail.module';
import { ThemesModule } from '../themes/themes.module';
import { UsersModule } from '../users/users.module';
import { AttachmentsController } from './attachments.controller';
import { AttachmentsRepository } from './attachments.repository';
import { AttachmentsService } from './attachments.service';
import { CaseAccessService } from './case-access';
import { CaseExtensionsService } from './case-extensions.service';
import { CaseFormPages } from './case-form-pages';
import { CaseOverviewService } from './case-overview.service';
import { CaseProgressController } from './case-progress.controller';
import { CaseProgressService } from './case-progress.service';
import { CaseReadingService } from './case-reading.service';
import { CaseSettingsRepository } from './case-settings.repository';
import { CaseVersionsRepository } from './case-versions.repository';
import { CaseWritingService } from './case-writing.service';
import { CasesController } from './cases.controller';
import { CasesRepository } from './cases.repository';
import { CASE_COMMENT_COUNTS } from './comment-counts';
import { CommentsDataModule } from '../comments/comments-data.module';
import { PublicCommentCounts } from '../comments/comment-counts';
import { Attachment } from './entities/attachment.entity';
import { Case } from './entities/case.entity';
import { CaseExtension } from './entities/case-extension.entity';
import { CaseReminder } from './entities/case-reminder.entity';
import { CaseSettings } from './entities/case-settings.entity';
import { CaseTheme, CaseVersionTheme } from './entities/case-theme.entity';
import { CaseVersion } from './entities/case-version.entity';
import { MyCaseController } from './my-case.controller';
import { CaseUploadGuard } from './upload/case-upload.guard';
import { CaseUploadInterceptor } from './upload/case-upload.interceptor';
import { UploadFolder } from './upload/upload-folder';
import { UploadSweeper } from './upload/upload-sweeper';

/**
 * Cases: writing, submitting, revising and withdrawing, attachments, and the trainer's view of
 * the progress. The comment count on the overview comes from CASE_COMMENT_COUNTS; the comments
 * feature binds its own implementation there.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([Case, CaseVersion, CaseTheme, CaseVersionTheme, Attachment, CaseExtension, CaseSettings, CaseReminder]),
    EnrolmentsModule,
    ThemesModule,
    UsersModule,
    MailModule,
    CommentsDataModule,
  ],
  controllers: [CasesController, MyCaseController, AttachmentsController, CaseProgressController],
  providers: [
    CasesRepository,
    CaseVersionsRepository,
    AttachmentsRepository,
    CaseSettingsRepository,
    CaseAccessService,
    CaseFormPages,
    CaseOverviewService,
    CaseReadingService,
    CaseWritingService,
    AttachmentsService,
    CaseProgressService,
    CaseExtensionsService,
    UploadFolder,
    UploadSweeper,
    CaseUploadGuard,
    CaseUploadInterceptor,
    // The real counts; CommentsDataModule does not import this module, so there is no cycle.
    { provide: CASE_COMMENT_COUNTS, useExisting: PublicCommentCounts },
  ],
  exports: [CasesRepository, CaseVersionsRepository, AttachmentsRepository],
})
export class CasesModule {}
