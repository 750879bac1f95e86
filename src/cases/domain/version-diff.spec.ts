import { CaseVersionText, diffCaseVersions } from './version-diff';

describe('diffCaseVersions', () => {
  const first: CaseVersionText = {
    title: 'Moestuin achter het buurthuis',
    organisation: 'Gemeente Utrecht',
    context: 'Gemeente Utrecht, wijk Overvecht.',
    situation: 'Bewoners willen een moestuin.',
    involved: 'Bewoners, woningcorporatie.',
    tried: '',
    question: 'Hoe houden we iedereen betrokken?',
    themes: ['openbare ruimte en groen', 'wonen'],
  };

  it('reports per field whether it changed, with the word diff', () => {
    const second: CaseVersionText = {
      ...first,
      situation: 'Bewoners willen een moestuin en een speelplek.',
      tried: 'Een avond in het buurthuis.',
      themes: ['wonen', 'jongeren'],
    };
    expect(diffCaseVersions(first, second)).toEqual([
      { field: 'title', changed: false, granularity: 'word', parts: [{ type: 'same', text: 'Moestuin achter het buurthuis' }] },
      { field: 'organisation', changed: false, granularity: 'word', parts: [{ type: 'same', text: 'Gemeente Utrecht' }] },
      { field: 'context', changed: false, granularity: 'word', parts: [{ type: 'same', text: 'Gemeente Utrecht, wijk Overvecht.' }] },
      {
        field: 'situation',
        changed: true,
        granularity: 'word',
        parts: [
          { type: 'same', text: 'Bewoners willen een moestuin' },
          { type: 'added', text: ' en een speelplek' },
          { type: 'same', text: '.' },
        ],
      },
      { field: 'involved', changed: false, granularity: 'word', parts: [{ type: 'same', text: 'Bewoners, woningcorporatie.' }] },
      { field: 'tried', changed: true, granularity: 'word', parts: [{ type: 'added', text: 'Een avond in het buurthuis.' }] },
      { field: 'question', changed: false, granularity: 'word', parts: [{ type: 'same', text: 'Hoe houden we iedereen betrokken?' }] },
      {
        field: 'themes',
        changed: true,
        granularity: 'item',
        parts: [
          { type: 'same', text: 'wonen' },
          { type: 'added', text: 'jongeren' },
          { type: 'removed', text: 'openbare ruimte en groen' },
        ],
      },
    ]);
  });

  it('does not count a new order of themes or other line endings as a change', () => {
    const second = { ...first, context: 'Gemeente Utrecht,\r\nwijk Overvecht.', themes: ['wonen', 'openbare ruimte en groen'] };
    const third = { ...first, context: 'Gemeente Utrecht,\nwijk Overvecht.' };
    expect(diffCaseVersions(second, third).map((f) => [f.field, f.changed])).toEqual([
      ['title', false],
      ['organisation', false],
      ['context', false],
      ['situation', false],
      ['involved', false],
      ['tried', false],
      ['question', false],
      ['themes', false],
    ]);
  });
});
