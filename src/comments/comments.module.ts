import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { CasesModule } from '../cases/cases.module';
import { EnrolmentsModule } from '../enrolments/enrolments.module';
import { MailModule } from '../mail/mail.module';
import { UsersModule } from '../users/users.module';
import { CaseCommentsService } from './case-comments.service';
import { CasePagesInterceptor } from './case-pages.interceptor';
import { CommentAccess } from './comment-access';
import { CommentChangesService } from './comment-changes.service';
import { CommentDigestJob } from './comment-digest.job';
import { CommentDigestService } from './comment-digest.service';
import { CommentExportService } from './comment-export.service';
import { CommentFormPage } from './comment-form-page';
import { CommentLinks } from './comment-links';
import { CommentMailSettingsService } from './comment-mail-settings.service';
import { CommentModerationService } from './comment-moderation.service';
import { CommentNotifier } from './comment-notifier';
import { CommentWritingService } from './comment-writing.service';
import { CommentsController } from './comments.controller';
import { CommentsDataModule } from './comments-data.module';
import { FeedbackAllocationService } from './feedback-allocation.service';
import { FeedbackController } from './feedback.controller';
import { FeedbackPagesService } from './feedback-pages.service';
import { MailPreferences } from './mail-preferences';

/**
 * Peer feedback on cases: comments, replies and trainer notes on the case page, what is new
 * to each person, moderation, the commenting window, feedback assignments with the trainer's
 * matrix, mail at once or in a daily digest, and exports.
 *
 * The comments appear on the cases feature's own pages through CasePagesInterceptor; the
 * overview's counts come from PublicCommentCounts, which CasesModule binds from
 * CommentsDataModule. This module imports CasesModule, never the other way round.
 */
@Module({
  imports: [CommentsDataModule, CasesModule, EnrolmentsModule, UsersModule, MailModule],
  controllers: [CommentsController, FeedbackController],
  providers: [
    CommentAccess,
    CommentLinks,
    CommentFormPage,
    MailPreferences,
    CommentNotifier,
    CaseCommentsService,
    CommentWritingService,
    CommentChangesService,
    CommentModerationService,
    CommentDigestService,
    CommentDigestJob,
    CommentMailSettingsService,
    CommentExportService,
    FeedbackAllocationService,
    FeedbackPagesService,
    { provide: APP_INTERCEPTOR, useClass: CasePagesInterceptor },
  ],
})
export class CommentsModule {}
