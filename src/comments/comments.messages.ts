import { commentMailMessages } from './messages/comment-mail.messages';
import { commentPagesMessages } from './messages/comment-pages.messages';
import { feedbackMessages } from './messages/feedback.messages';

/** Comments, replies, trainer notes, feedback assignments and their mails: every text under "comments.", in three files. */
export const commentsMessages = {
  nl: { comments: { ...commentPagesMessages.nl, ...feedbackMessages.nl, ...commentMailMessages.nl } },
  en: { comments: { ...commentPagesMessages.en, ...feedbackMessages.en, ...commentMailMessages.en } },
};
