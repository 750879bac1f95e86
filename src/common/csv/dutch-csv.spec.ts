import { parseCsv, toDutchCsv } from './dutch-csv';

describe('toDutchCsv', () => {
  it('writes semicolons, a BOM, CRLF and quotes where needed', () => {
    expect(toDutchCsv(['Naam', 'Organisatie'], [['Anne de Vries', 'Gemeente Súdwest-Fryslân'], ['Jan "JJ" Jansen', 'A; B']])).toBe(
      '\uFEFFNaam;Organisatie\r\nAnne de Vries;Gemeente Súdwest-Fryslân\r\n"Jan ""JJ"" Jansen";"A; B"\r\n',
    );
  });

  it('keeps formulas from running in Excel', () => {
    expect(toDutchCsv(['x'], [['=HYPERLINK("http://x")'], ['-1'], ['@SUM(A1)']])).toBe(
      '\uFEFFx\r\n"\'=HYPERLINK(""http://x"")"\r\n\'-1\r\n\'@SUM(A1)\r\n',
    );
  });
});

describe('parseCsv', () => {
  it('reads semicolon and comma files, quotes and a BOM', () => {
    expect(parseCsv('\uFEFFa;b;c\r\n"x;y";"say ""hi""";\n')).toEqual([['a', 'b', 'c'], ['x;y', 'say "hi"', '']]);
    expect(parseCsv('naam,email\nAnne,anne@x.nl')).toEqual([['naam', 'email'], ['Anne', 'anne@x.nl']]);
  });
});
