import { emptyModel } from './agenda-model';
import { groupingInput, modelFromGrouping, ThemeForGrouping } from './proposal';

const themes: ThemeForGrouping[] = [
  { id: 1, name: 'wonen', description: 'Huurders en corporaties', keywords: 'huurders, nieuwbouw ,', removed: false },
  { id: 2, name: 'energie', description: '', keywords: '', removed: false },
  { id: 3, name: 'krimp', description: '', keywords: '', removed: true },
];

describe('the proposal', () => {
  it('gives the grouping the current theme list and drops picks of removed themes', () => {
    const input = groupingInput([{ id: 7, title: 'Lege winkels', fields: ['Context', '', 'Vraag'], themeIds: [3, 2] }], themes);
    expect(input).toEqual({
      themes: [
        { name: 'wonen', description: 'Huurders en corporaties', keywords: ['huurders', 'nieuwbouw'] },
        { name: 'energie', description: '', keywords: [] },
      ],
      cases: [{ id: '7', title: 'Lege winkels', text: 'Context\n\nVraag', themes: ['energie'] }],
    });
  });

  it('makes a block per group with each case’s confidence and reasons, keeping earlier settings and breaks', () => {
    const before = { ...emptyModel(), breaks: [{ startMinute: 100, minutes: 20 }], rooms: ['Zaal A', '', '', ''], leftOut: [{ caseId: 9, minutes: null, confidence: null, because: [], reason: 'x' }] };
    const model = modelFromGrouping(
      {
        blocks: [
          { label: 'wonen', theme: 'wonen', caseIds: ['7', '8'] },
          { label: 'Overige casussen', theme: null, caseIds: ['9'] },
        ],
        assignments: [
          { caseId: '7', theme: 'wonen', confidence: 1, because: ['Door de auteur gekozen thema: wonen'] },
          { caseId: '8', theme: 'wonen', confidence: 0.634, because: ['Woorden die passen bij dit thema: huurders'] },
          { caseId: '9', theme: null, confidence: 0, because: [] },
        ],
      },
      themes,
      before,
    );
    expect(model.blocks).toEqual([
      {
        number: 1,
        label: 'wonen',
        themeId: 1,
        items: [
          { caseId: 7, minutes: null, confidence: 100, because: ['Door de auteur gekozen thema: wonen'] },
          { caseId: 8, minutes: null, confidence: 63, because: ['Woorden die passen bij dit thema: huurders'] },
        ],
      },
      { number: 2, label: 'Overige casussen', themeId: null, items: [{ caseId: 9, minutes: null, confidence: 0, because: [] }] },
    ]);
    expect([model.breaks, model.rooms, model.leftOut]).toEqual([[{ startMinute: 100, minutes: 20 }], ['Zaal A', '', '', ''], []]);
  });
});
