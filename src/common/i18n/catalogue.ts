import { Language } from '../../config/app-config';
import { editionsMessages } from '../../editions/editions.messages';
import { siteMessages } from './site.messages';

/** Every feature's text, by language. A feature with interface text adds its messages file here. */
const features = [siteMessages, editionsMessages];

export type Catalogue = Record<string, unknown>;

export const catalogues: Record<Language, Catalogue> = {
  nl: Object.assign({}, ...features.map((f) => f.nl)),
  en: Object.assign({}, ...features.map((f) => f.en)),
};
