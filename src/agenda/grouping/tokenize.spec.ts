import { analyzeWord } from './analyze';
import { foldAccents } from './dutch-resources';
import { stemDutch, tokenize } from './tokenize';

describe('tokenize', () => {
  it('keeps content words in lowercase and drops Dutch stop words', () => {
    const words = tokenize('De bewoners van de wijk willen een nieuwe speeltuin.').map((t) => t.surface);
    expect(words).toEqual(['bewoners', 'wijk', 'speeltuin']);
  });

  it('folds accents and the ij ligature for comparing, but keeps them for display', () => {
    const [token] = tokenize('Energiecoöperatie');
    expect(token.surface).toBe('energiecoöperatie');
    expect(token.folded).toBe('energiecooperatie');
    expect(foldAccents('aantrekkelĳk')).toBe('aantrekkelijk');
    expect(foldAccents('café')).toBe('cafe');
  });

  it('splits on hyphens and apostrophes and drops numbers and single letters', () => {
    const words = tokenize("Buurt-initiatief met 120 auto's en 3 x een flat").map((t) => t.folded);
    expect(words).toEqual(['buurt', 'initiatief', 'auto', 'flat']);
  });

  it('marks words capitalised inside a sentence, which may be names', () => {
    const tokens = tokenize('Bewoners in Brederwijk klagen. Wijkteams helpen.');
    expect(tokens.map((t) => [t.surface, t.capitalMidSentence, t.lower])).toEqual([
      ['bewoners', false, false],
      ['brederwijk', true, false],
      ['klagen', false, true],
      ['wijkteams', false, false],
      ['helpen', false, true],
    ]);
  });

  it('does not take abbreviations in capitals for names', () => {
    expect(tokenize('de GGZ en de Wmo').map((t) => [t.surface, t.capitalMidSentence])).toEqual([
      ['ggz', false],
      ['wmo', true],
    ]);
  });
});

describe('stemDutch', () => {
  it.each([
    ['bewoners', 'bewoner'],
    ['initiatieven', 'initiatief'],
    ['huizen', 'huis'],
    ['straten', 'straat'],
    ['windmolens', 'windmolen'],
    ['windturbines', 'windturbine'],
    ['organisaties', 'organisatie'],
    ['grenzen', 'grens'],
    ['processen', 'proces'],
    ['plannen', 'plan'],
    ['mensen', 'mens'],
    ['woningen', 'woning'],
  ])('gives the plural %s the stem of its singular %s', (plural, singular) => {
    expect(stemDutch(plural)).toBe(stemDutch(singular));
  });

  it('keeps different words apart', () => {
    expect(stemDutch('woning')).not.toBe(stemDutch('wonder'));
    expect(stemDutch('zorg')).not.toBe(stemDutch('zon'));
  });
});

describe('analyzeWord', () => {
  it('links a compound to its parts, so two kinds of initiative meet', () => {
    const bewoners = analyzeWord('bewonersinitiatief').parts.map((p) => p.stem);
    const buurt = analyzeWord('buurtinitiatief').parts.map((p) => p.stem);
    expect(bewoners).toEqual([stemDutch('bewoner'), stemDutch('initiatief')]);
    expect(buurt).toEqual([stemDutch('buurt'), stemDutch('initiatief')]);
  });

  it('tells nouns, which can name a subject, from verbs', () => {
    expect(analyzeWord('huurders').topical).toBe(true);
    expect(analyzeWord('bomen').topical).toBe(true);
    expect(analyzeWord('woningcorporatie').topical).toBe(true);
    expect(analyzeWord('sluiten').topical).toBe(false);
    expect(analyzeWord('voelen').topical).toBe(false);
  });

  it('gives character 4-grams of the stem with word boundaries', () => {
    expect(analyzeWord('tuinen').ngrams).toEqual(['_tui', 'tuin', 'uin_']);
    expect(analyzeWord('zon').ngrams).toEqual([]);
  });
});
