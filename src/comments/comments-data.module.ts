import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Edition } from '../editions/edition.entity';
import { PublicCommentCounts } from './comment-counts';
import { CommentReadsRepository } from './comment-reads.repository';
import { CommentSettingsRepository } from './comment-settings.repository';
import { CommentStatsRepository } from './comment-stats.repository';
import { CommentsRepository } from './comments.repository';
import { Comment } from './entities/comment.entity';
import { CommentDigest } from './entities/comment-digest.entity';
import { CommentMailSetting } from './entities/comment-mail-setting.entity';
import { CommentNotification } from './entities/comment-notification.entity';
import { CommentRead } from './entities/comment-read.entity';
import { CommentSettings } from './entities/comment-settings.entity';
import { FeedbackAssignment } from './entities/feedback-assignment.entity';
import { FeedbackRepository } from './feedback.repository';
import { NotificationsRepository } from './notifications.repository';

/**
 * The comments' data. Split from CommentsModule so that the two features need each other in
 * one direction only: CasesModule imports this module for the overview's comment counts
 * (binding PublicCommentCounts to its CASE_COMMENT_COUNTS), and CommentsModule imports both
 * CasesModule and this module. Nothing here imports CasesModule, so there is no cycle.
 */
@Module({
  imports: [
    TypeOrmModule.forFeature([Comment, CommentRead, CommentSettings, CommentMailSetting, CommentNotification, CommentDigest, FeedbackAssignment, Edition]),
  ],
  providers: [
    CommentsRepository,
    CommentStatsRepository,
    CommentReadsRepository,
    CommentSettingsRepository,
    NotificationsRepository,
    FeedbackRepository,
    PublicCommentCounts,
  ],
  exports: [
    CommentsRepository,
    CommentStatsRepository,
    CommentReadsRepository,
    CommentSettingsRepository,
    NotificationsRepository,
    FeedbackRepository,
    PublicCommentCounts,
  ],
})
export class CommentsDataModule {}
