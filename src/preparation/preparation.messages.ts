import { overviewMessages } from './messages/overview.messages';
import { pageMessages } from './messages/page.messages';
import { setupMessages } from './messages/setup.messages';

/** Preparation before meeting one: every text under "preparation.", kept in three files by page. */
export const preparationMessages = {
  nl: { preparation: { ...pageMessages.nl, ...setupMessages.nl, ...overviewMessages.nl } },
  en: { preparation: { ...pageMessages.en, ...setupMessages.en, ...overviewMessages.en } },
};
