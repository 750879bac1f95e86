import { splitCompound } from './compounds';
import { dutchCompoundLexicon, parseHunspellLexicon } from './dutch-resources';

describe('splitCompound with the Dutch dictionary', () => {
  const lexicon = dutchCompoundLexicon();

  it.each([
    ['bewonersinitiatief', ['bewoners', 'initiatief']],
    ['buurtinitiatieven', ['buurt', 'initiatief']],
    ['speeltuinen', ['speel', 'tuin']],
    ['woningcorporaties', ['woning', 'corporatie']],
    ['zonnepanelen', ['zonne', 'panel']],
    ['jongerenwerker', ['jongeren', 'werker']],
    ['dorpshuizen', ['dorps', 'huis']],
    ['wijkteams', ['wijk', 'team']],
    ['gemeenteraad', ['gemeente', 'raad']],
    ['energiecooperatie', ['energie', 'cooperatie']],
    ['ouderenzorg', ['ouderen', 'zorg']],
    ['buurtsportcoach', ['buurt', 'sport', 'coach']],
  ])('splits %s', (word, parts) => {
    expect(splitCompound(word, lexicon)).toEqual(parts);
  });

  it.each(['wethouder', 'maatschappelijke', 'ambtenaren', 'vergrijzing', 'huurders', 'samenwerking', 'leefbaarheid', 'participatie'])(
    'leaves %s whole: a derived or lexicalised word, not a compound',
    (word) => {
      expect(splitCompound(word, lexicon)).toBeUndefined();
    },
  );

  it('leaves short words alone', () => {
    expect(splitCompound('tuinen', lexicon)).toBeUndefined();
  });
});

describe('parseHunspellLexicon', () => {
  const dic = ['6', 'buurt/CaYbZbCbCc', 'huis/CaCcYbZh', 'bewoner/CcCdZaYa', 'Brederwijk/PN', 'foutwoord/Fw', 'sluit/CaCb', 'kamerverhuur'].join('\n');
  const lexicon = parseHunspellLexicon(dic);

  it('reads heads and ends from the compound flags, with the linking -s', () => {
    expect([...lexicon.heads].sort()).toEqual(['bewoners', 'buurt', 'buurten', 'huis', 'sluit']);
    expect([...lexicon.ends].sort()).toEqual(['bewoner', 'buurt', 'huis']);
  });

  it('skips names and forbidden words, and knows nouns from verb stems', () => {
    expect(lexicon.words.has('brederwijk')).toBe(false);
    expect(lexicon.words.has('foutwoord')).toBe(false);
    expect(lexicon.nouns.has('buurt')).toBe(true);
    expect(lexicon.nouns.has('sluit')).toBe(false);
    expect(lexicon.nouns.has('kamerverhuur')).toBe(true);
  });
});
