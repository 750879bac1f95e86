import type { CaseText } from '../entities/case.entity';
import { checkCaseText, findingsFingerprint } from './case-privacy';

const text: CaseText = {
  title: 'Speeltuin in de Rivierenwijk',
  organisation: 'Gemeente Deventer',
  context: 'Een wijk met veel jonge gezinnen.',
  situation: 'Het begon met een klacht.\nMevrouw Jansen belde: 06-12345678.',
  involved: 'Bewoners en de gemeente.',
  tried: '',
  question: 'Mail naar buurt@example.nl?',
  otherTheme: '',
};

describe('checkCaseText', () => {
  it('names the field, line and column of every finding, in the order of the form', () => {
    expect(checkCaseText(text).map((f) => [f.field, f.kind, f.match, f.line, f.column])).toEqual([
      ['situation', 'name', 'Jansen', 2, 9],
      ['situation', 'phone', '06-12345678', 2, 23],
      ['question', 'email', 'buurt@example.nl', 1, 11],
    ]);
  });

  it('finds nothing in an ordinary case', () => {
    expect(checkCaseText({ ...text, situation: 'Het begon met een klacht.', question: 'Hoe verder?' })).toEqual([]);
  });
});

describe('findingsFingerprint', () => {
  it('stays the same for the same findings and changes with a new one', () => {
    const findings = checkCaseText(text);
    expect(findingsFingerprint(findings)).toEqual(findingsFingerprint(checkCaseText({ ...text })));
    expect(findingsFingerprint(findings)).not.toEqual(findingsFingerprint(findings.slice(1)));
    expect(findingsFingerprint(findings)).toMatch(/^[0-9a-f]{16}$/);
  });
});
