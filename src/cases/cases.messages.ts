import { caseFormMessages } from './messages/case-form.messages';
import { casePagesMessages } from './messages/case-pages.messages';
import { caseProgressMessages } from './messages/case-progress.messages';

/** Writing, submitting and reading cases: every text under "cases.", kept in three files by page. */
export const casesMessages = {
  nl: { cases: { ...casePagesMessages.nl, ...caseFormMessages.nl, ...caseProgressMessages.nl } },
  en: { cases: { ...casePagesMessages.en, ...caseFormMessages.en, ...caseProgressMessages.en } },
};
