import { chooseLanguage, translate } from './i18n';

describe('translate', () => {
  it('gives Dutch and English text and fills in placeholders', () => {
    expect(translate('nl', 'edition.placesLeft', { count: 4, max: 20 })).toBe('Nog 4 plaatsen vrij (maximaal 20 deelnemers)');
    expect(translate('en', 'edition.placesLeft', { count: 4, max: 20 })).toBe('4 places left (at most 20 participants)');
  });

  it('refuses a key that does not exist, so a typo cannot reach a page', () => {
    expect(() => translate('nl', 'edition.nietBestaand')).toThrow('Missing text for "edition.nietBestaand"');
  });
});

describe('chooseLanguage', () => {
  it('prefers the cookie, then the browser, then the default', () => {
    expect(chooseLanguage('en', 'nl-NL,nl;q=0.9', 'nl')).toBe('en');
    expect(chooseLanguage(undefined, 'en-GB,en;q=0.9,nl;q=0.8', 'nl')).toBe('en');
    expect(chooseLanguage(undefined, 'de-DE,fr;q=0.9', 'nl')).toBe('nl');
    expect(chooseLanguage('fr', undefined, 'en')).toBe('en');
  });

  it('follows the quality values rather than the order', () => {
    expect(chooseLanguage(undefined, 'en;q=0.5,nl;q=0.9', 'en')).toBe('nl');
    expect(chooseLanguage(undefined, 'nl;q=0,en', 'nl')).toBe('en');
  });
});
