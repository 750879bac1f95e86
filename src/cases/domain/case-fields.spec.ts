import type { CaseText } from '../entities/case.entity';
import { caseTextOf, missingForSubmit, sameAsVersion } from './case-fields';

const complete: CaseText = {
  title: 'Moestuin achter het buurthuis',
  organisation: 'Gemeente Utrecht',
  context: 'Wijk Overvecht, veel huurwoningen.',
  situation: 'Bewoners willen een moestuin op een braakliggend terrein.',
  involved: 'Bewoners, woningcorporatie, wijkteam.',
  tried: '',
  question: 'Hoe houden we iedereen betrokken?',
  otherTheme: '',
};

describe('missingForSubmit', () => {
  it('asks for nothing when the required fields and a theme are there', () => {
    expect(missingForSubmit(complete, [3])).toEqual({});
  });

  it('accepts an "other" theme instead of one from the list', () => {
    expect(missingForSubmit({ ...complete, otherTheme: 'krimp' }, [])).toEqual({});
  });

  it('names every empty required field, counting spaces as empty, and the missing theme', () => {
    expect(missingForSubmit({ ...complete, title: '  ', situation: '', question: '\n' }, [])).toEqual({
      title: 'validation.required',
      situation: 'validation.required',
      question: 'validation.required',
      themes: 'cases.form.themesRequired',
    });
  });
});

describe('sameAsVersion', () => {
  it('ignores line endings and the order of themes', () => {
    const version = { ...complete, context: 'Wijk Overvecht,\r\nveel huurwoningen.' };
    expect(sameAsVersion({ ...complete, context: 'Wijk Overvecht,\nveel huurwoningen.' }, [2, 1], version, [1, 2])).toEqual(true);
  });

  it('sees a changed word or a changed theme', () => {
    expect(sameAsVersion({ ...complete, tried: 'Een avond.' }, [1], complete, [1])).toEqual(false);
    expect(sameAsVersion(complete, [1, 2], complete, [1])).toEqual(false);
  });
});

describe('caseTextOf', () => {
  it('keeps only the text fields', () => {
    expect(caseTextOf({ ...complete, id: 4, status: 'draft' } as CaseText)).toEqual(complete);
  });
});
