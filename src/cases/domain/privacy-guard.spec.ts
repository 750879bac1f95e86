import { findPersonalData, kindLabel } from './privacy-guard';

/** Kind and matched text of every finding, in order of appearance. */
function found(text: string): [string, string][] {
  return findPersonalData(text).map((f) => [f.kind, f.match]);
}

describe('findPersonalData', () => {
  it('reports kind, text, offsets and a 1-based line and column', () => {
    const text = 'Casus Overvecht\nWe spraken met mevrouw Jansen,\nKerkstraat 12, 1234 AB Utrecht.';
    expect(findPersonalData(text)).toEqual([
      { kind: 'name', match: 'Jansen', start: 39, end: 45, line: 2, column: 24 },
      { kind: 'postcode', match: 'Kerkstraat 12, 1234 AB', start: 47, end: 69, line: 3, column: 1 },
    ]);
  });

  it('counts characters, not UTF-16 units, for the column', () => {
    expect(findPersonalData('😀 🏠 dhr. Öztürk')).toEqual([
      { kind: 'name', match: 'Öztürk', start: 11, end: 17, line: 1, column: 10 },
    ]);
  });

  it('handles Windows line endings', () => {
    expect(findPersonalData('Regel een\r\nBel 06-12345678')).toEqual([
      { kind: 'phone', match: '06-12345678', start: 15, end: 26, line: 2, column: 5 },
    ]);
  });

  it('returns nothing for an ordinary case text', () => {
    const text = [
      'In de wijk Overvecht willen bewoners een moestuin op het braakliggende terrein achter het',
      'buurthuis. Op donderdag 4 oktober 2018 om 13.00 uur (inloop 12.30 uur) spraken we met de',
      'woningcorporatie en mevrouw de wethouder. Het budget is € 25.000; er doen 120 huishoudens mee.',
      'Postcodegebied 3511 en 3512, zie artikel 2.1 van de Wmo 2015. Bel de gemeente op 14 030.',
    ].join('\n');
    expect(found(text)).toEqual([]);
  });
});

describe('addresses', () => {
  it.each([
    ['Zij woont op Kerkstraat 12, 1234 AB Utrecht.', 'Kerkstraat 12, 1234 AB'],
    ['Adres: Oudegracht 231a 3511 NK Utrecht', 'Oudegracht 231a 3511 NK'],
    ['Kerkstraat 12-A\n1234 AB Utrecht', 'Kerkstraat 12-A\n1234 AB'],
    ['postcode 1234AB 12', '1234AB 12'],
    ['postcode 1234 AB, nr. 12', '1234 AB, nr. 12'],
    ['1234 AB huisnummer 7b', '1234 AB huisnummer 7b'],
    ['3511ab 4', '3511ab 4'],
  ])('finds %j', (text, match) => {
    expect(found(text)).toEqual([['postcode', match]]);
  });

  it.each([
    // A postcode names a stretch of street, not a home: only with a house number is it an address.
    'Het gaat om de buurt rond 3511 AB.',
    'postcodegebied 3511',
    'In de postcodes 3511 en 3512 wonen 12.000 mensen.',
    // Letters never issued, and ordinary words after a year.
    'tussen 2019 en 2020 12 keer',
    '1234 SS 12',
  ])('ignores %j', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('phone numbers', () => {
  it.each([
    '06-12345678',
    '06 1234 5678',
    '06 12 34 56 78',
    '06-12-34-56-78',
    '0612345678',
    '+31 6 12345678',
    '+31612345678',
    '+31 (0)6 1234 5678',
    '0031 6 12345678',
    '0031 (0)20 123 4567',
    '020-1234567',
    '020 - 123 4567',
    '(020) 123 4567',
    '030 123 45 67',
    '0111-123456',
  ])('finds %j', (number) => {
    expect(found(`Bel ${number} na vijf uur.`)).toEqual([['phone', number]]);
  });

  it('stops at the end of the number when another number follows', () => {
    expect(found('tel. 06 1234 5678 12 keer gebeld')).toEqual([['phone', '06 1234 5678']]);
  });

  it.each([
    'In 2019 kostte het € 1.234.567.',
    'De vergadering is op 01-02-2019 12 uur later dan gepland.',
    'Open van 09.00-17.00 uur.',
    'Informatie: 0800-1234 of 0900-1234567.',
    'Kenmerk 06-2019, ordernummer 0612345678901.',
    'Bel het algemene nummer 14 030.',
    'Een bijdrage van 0,5 fte.',
  ])('ignores %j', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('e-mail addresses', () => {
  it('finds addresses and leaves the full stop after them', () => {
    expect(found('Mail jan.de.vries@example.nl. Of j_ansen+buurt@mail.gemeente-utrecht.nl')).toEqual([
      ['email', 'jan.de.vries@example.nl'],
      ['email', 'j_ansen+buurt@mail.gemeente-utrecht.nl'],
    ]);
  });

  it('ignores social media handles and a lone @', () => {
    expect(found('Volg @GemeenteUtrecht of mail ons @ het wijkbureau.')).toEqual([]);
  });
});

describe('citizen service numbers (BSN)', () => {
  it.each(['123456782', '1234.56.782', '1234 56 782', '123.456.782', '111222333'])('finds %j', (bsn) => {
    expect(found(`Nummer ${bsn} staat in het dossier.`)).toEqual([['bsn', bsn]]);
  });

  it('finds an eight-digit number only when the text calls it a BSN', () => {
    expect(found('BSN: 12345672')).toEqual([['bsn', '12345672']]);
    expect(found('burgerservicenummer 012345672')).toEqual([['bsn', '012345672']]);
    expect(found('KvK-nummer 12345672')).toEqual([]);
  });

  it.each([
    'Nummer 123456789 staat in het dossier.',
    'Nummer 000000000 staat in het dossier.',
    'Het project kostte € 123456782.',
    'Een bedrag van 123.456.782 euro.',
    'EUR 123456782',
    'Zaak 1234567820 loopt nog.',
  ])('ignores %j', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('bank account numbers (IBAN)', () => {
  it.each(['NL91 ABNA 0417 1643 00', 'NL91ABNA0417164300', 'DE89 3704 0044 0532 0130 00', 'BE68 5390 0754 7034'])(
    'finds %j',
    (iban) => {
      expect(found(`Rekening ${iban} van de bewoner.`)).toEqual([['iban', iban]]);
    },
  );

  it('does not swallow a following word in capitals', () => {
    expect(found('NL91 ABNA 0417 1643 00 ABN AMRO')).toEqual([['iban', 'NL91 ABNA 0417 1643 00']]);
  });

  it('ignores numbers that fail the check', () => {
    expect(found('NL12 ABCD 1234 5678 90 en DE89 3704 0044 0532 0130 01')).toEqual([]);
  });
});

describe('dates of birth', () => {
  it.each([
    ['Zij is geboren op 12-03-1956 in Zeist.', '12-03-1956'],
    ['geb. 12 maart 1956', '12 maart 1956'],
    ['Geboortedatum: 1956-03-12', '1956-03-12'],
    ['geboren: 31/12/1949', '31/12/1949'],
    ['(geb. 3 apr. 1950)', '3 apr. 1950'],
    ['Hij werd op 3 april 1950 geboren.', '3 april 1950'],
    ['geboren op 7 juli', '7 juli'],
  ])('finds the date in %j', (text, date) => {
    expect(found(text)).toEqual([['birthdate', date]]);
  });

  it.each([
    'De bijeenkomst was op 12-03-2019.',
    'Donderdag 20 september 2018 om 13.00 uur.',
    'Hij is geboren in 1956 en getogen in Utrecht.',
    'geboren op 45-13-1956',
    'Het idee is geboren op een bewonersavond op 12 maart.',
  ])('ignores %j', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('names after a form of address', () => {
  it.each([
    ['mevrouw Jansen', 'Jansen'],
    ['Mevrouw Anna de Vries', 'Anna de Vries'],
    ['meneer Van Dijk', 'Van Dijk'],
    ['mijnheer Yilmaz', 'Yilmaz'],
    ['dhr. P.J. de Boer', 'P.J. de Boer'],
    ['dhr Bakker', 'Bakker'],
    ['mw. A. Bakker-de Vries', 'A. Bakker-de Vries'],
    ['mevr. van der Berg', 'van der Berg'],
    ['de heer Jansen', 'Jansen'],
    ['De heer O’Brien', 'O’Brien'],
    ['familie El Amrani', 'El Amrani'],
    ['fam. Van den Berg', 'Van den Berg'],
    ['meneer Öztürk', 'Öztürk'],
  ])('finds the name in %j', (text, name) => {
    expect(found(`Gisteren belde ${text}, over de tuin.`)).toEqual([['name', name]]);
  });

  it.each([
    'mevrouw de wethouder',
    'Meneer de Burgemeester',
    'meneer van de gemeente',
    'mevrouw X en familie B.',
    'mevrouw J. de V.',
    'de familie en vrienden',
    'De heer des huizes',
    'Een windpark van 20 MW Zonnepark Noord.',
    'een oudere mevrouw. Daarna ging het mis',
  ])('ignores %j', (text) => {
    expect(found(text)).toEqual([]);
  });
});

describe('overlapping findings', () => {
  it('reports one finding where two detectors see the same digits', () => {
    // The IBAN's digits also look like other numbers; the IBAN wins.
    expect(found('IBAN NL91ABNA0417164300, e-mail piet@buurt.nl')).toEqual([
      ['iban', 'NL91ABNA0417164300'],
      ['email', 'piet@buurt.nl'],
    ]);
  });
});

describe('kindLabel', () => {
  it('names each kind in Dutch and English', () => {
    const kinds = ['postcode', 'phone', 'email', 'bsn', 'iban', 'birthdate', 'name'] as const;
    expect(kinds.map((k) => kindLabel(k, 'nl'))).toEqual([
      'postcode met huisnummer',
      'telefoonnummer',
      'e-mailadres',
      'burgerservicenummer (BSN)',
      'rekeningnummer (IBAN)',
      'geboortedatum',
      'naam',
    ]);
    expect(kinds.map((k) => kindLabel(k, 'en'))).toEqual([
      'postcode with house number',
      'phone number',
      'email address',
      'citizen service number (BSN)',
      'bank account number (IBAN)',
      'date of birth',
      'name',
    ]);
  });
});
