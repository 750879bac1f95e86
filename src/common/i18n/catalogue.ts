import { Language } from '../../config/app-config';
import { editionsMessages } from '../../editions/editions.messages';
import { mailMessages } from '../../mail/mail.messages';
import { adminMessages } from '../../admin/admin.messages';
import { agendaMessages } from '../../agenda/agenda.messages';
import { authMessages } from '../../auth/auth.messages';
import { casesMessages } from '../../cases/cases.messages';
import { commentsMessages } from '../../comments/comments.messages';
import { themesMessages } from '../../themes/themes.messages';
import { peopleMessages } from '../../people/people.messages';
import { preparationMessages } from '../../preparation/preparation.messages';
import { signUpsMessages } from '../../sign-ups/sign-ups.messages';
import { formMessages } from '../forms/form.messages';
import { siteMessages } from './site.messages';

/** Every feature's text, by language. A feature with interface text adds its messages file here. */
const features = [
  siteMessages,
  formMessages,
  authMessages,
  editionsMessages,
  mailMessages,
  peopleMessages,
  signUpsMessages,
  adminMessages,
  themesMessages,
  casesMessages,
  preparationMessages,
  commentsMessages,
  agendaMessages,
];

export type Catalogue = Record<string, unknown>;

export const catalogues: Record<Language, Catalogue> = {
  nl: Object.assign({}, ...features.map((f) => f.nl)),
  en: Object.assign({}, ...features.map((f) => f.en)),
};
