import { agendaChangeMessages } from './messages/changes.messages';
import { agendaEditorMessages } from './messages/editor.messages';
import { agendaReadingMessages } from './messages/reading.messages';

/** The agenda of meeting two: every text under "agenda.", kept in three files by page. */
export const agendaMessages = {
  nl: { agenda: { ...agendaReadingMessages.nl, ...agendaEditorMessages.nl, ...agendaChangeMessages.nl } },
  en: { agenda: { ...agendaReadingMessages.en, ...agendaEditorMessages.en, ...agendaChangeMessages.en } },
};
