import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { groupCases, REST_LABEL } from './group-cases';
import { CaseInput, GroupingResult } from './types';

interface Fixture {
  themes: string[];
  cases: CaseInput[];
  expectedForUnthemed: Record<string, string>;
}
interface Holdout {
  themes: { name: string; description?: string; keywords?: string[] }[];
  cases: CaseInput[];
  expected: Record<string, string>;
}

const fixtures = join(__dirname, '../../../test/fixtures/agenda');
const fixture = JSON.parse(readFileSync(join(fixtures, 'cases.json'), 'utf8')) as Fixture;
const holdout = JSON.parse(readFileSync(join(fixtures, 'cases-holdout.json'), 'utf8')) as Holdout;

const themeOf = (result: GroupingResult, id: string): string | null | undefined =>
  result.assignments.find((a) => a.caseId === id)?.theme;

describe('groupCases with a theme list', () => {
  const result = groupCases({ themes: fixture.themes, cases: fixture.cases });

  it('gives the blocks in theme list order, each with its cases by id', () => {
    expect(result.blocks).toEqual([
      { label: 'wonen', theme: 'wonen', caseIds: ['c01', 'c02', 'c13'] },
      { label: 'openbare ruimte en groen', theme: 'openbare ruimte en groen', caseIds: ['c03', 'c04', 'c16'] },
      { label: 'zorg en welzijn', theme: 'zorg en welzijn', caseIds: ['c05', 'c06', 'c18'] },
      { label: 'energie', theme: 'energie', caseIds: ['c07', 'c08', 'c14'] },
      { label: 'leefbaarheid en krimp', theme: 'leefbaarheid en krimp', caseIds: ['c09', 'c17'] },
      { label: 'jongeren', theme: 'jongeren', caseIds: ['c10', 'c11', 'c15'] },
      {
        label: 'samenwerking met maatschappelijke organisaties',
        theme: 'samenwerking met maatschappelijke organisaties',
        caseIds: ['c12'],
      },
    ]);
  });

  it('places cases without a theme with their obvious neighbours', () => {
    for (const [id, theme] of Object.entries(fixture.expectedForUnthemed)) expect([id, themeOf(result, id)]).toEqual([id, theme]);
  });

  it('respects a single theme picked by the author, with full confidence when the text agrees', () => {
    const c01 = result.assignments.find((a) => a.caseId === 'c01');
    expect(c01?.theme).toBe('wonen');
    expect(c01?.confidence).toBe(1);
    expect(c01?.because[0]).toBe('Door de auteur gekozen thema: wonen');
    expect(c01?.because[1]).toMatch(/^Woorden die passen bij dit thema: .*woningcorporatie/);
  });

  it('chooses among several picked themes by the text and says so', () => {
    const c13 = result.assignments.find((a) => a.caseId === 'c13');
    expect(c13?.theme).toBe('wonen');
    expect(c13?.because.slice(0, 2)).toEqual([
      "Door de auteur gekozen thema's: wonen, zorg en welzijn",
      "Van die thema's past de tekst het best bij: wonen",
    ]);
    expect(c13?.confidence).toBeGreaterThan(0.5);
    expect(c13?.confidence).toBeLessThan(1);
  });

  it('explains an unpicked case with its words and its nearest case', () => {
    const c14 = result.assignments.find((a) => a.caseId === 'c14');
    expect(c14?.because[0]).toBe('Geen thema gekozen door de auteur');
    expect(c14?.because[1]).toMatch(/^Woorden die passen bij dit thema: .*zonnepanelen/);
    expect(c14?.because).toContain('Lijkt het meest op de casus: Energiecoöperatie wil een zonnepark naast het dorp');
    expect(c14?.confidence).toBeGreaterThan(0.5);
  });

  it('puts each case back in its theme when its author had not picked it (leave one out)', () => {
    for (const c of fixture.cases.filter((x) => x.themes?.length === 1)) {
      const cases = fixture.cases.map((x) => (x.id === c.id ? { ...x, themes: [] } : x));
      expect([c.id, themeOf(groupCases({ themes: fixture.themes, cases }), c.id)]).toEqual([c.id, c.themes?.[0]]);
    }
  });

  it('places differently written cases by the theme list alone', () => {
    const held = groupCases({ themes: holdout.themes, cases: holdout.cases });
    const placed = Object.fromEntries(held.assignments.map((a) => [a.caseId, a.theme]));
    expect(placed).toEqual(holdout.expected);
  });
});

describe('groupCases edge cases', () => {
  it('returns nothing for no cases', () => {
    expect(groupCases({ themes: ['wonen'], cases: [] })).toEqual({ blocks: [], assignments: [] });
  });

  it('keeps a theme an author picked that is not on the list, as an extra block after the list', () => {
    const result = groupCases({
      themes: ['wonen'],
      cases: [
        { id: 'a', title: 'Parkeerdruk', text: 'Te weinig parkeerplaatsen in de straat.', themes: ['Mobiliteit'] },
        { id: 'b', title: 'Huurwoningen', text: 'Lange wachtlijst voor een huurwoning.', themes: ['Wonen'] },
      ],
    });
    expect(result.blocks).toEqual([
      { label: 'wonen', theme: 'wonen', caseIds: ['b'] },
      { label: 'Mobiliteit', theme: 'Mobiliteit', caseIds: ['a'] },
    ]);
    expect(result.assignments[0].because).toContain('Thema "Mobiliteit" staat niet in de themalijst en is als extra blok toegevoegd');
  });

  it('puts a case with no words to go on in "Overige casussen"', () => {
    const result = groupCases({
      themes: ['energie'],
      cases: [
        { id: 'a', title: 'Zonnepanelen', text: 'Zonnepanelen op het dak.', themes: ['energie'] },
        { id: 'b', title: '???', text: 'en de het' },
      ],
    });
    expect(result.blocks[1]).toEqual({ label: REST_LABEL, theme: null, caseIds: ['b'] });
    expect(result.assignments[1]).toEqual({
      caseId: 'b',
      theme: null,
      confidence: 0,
      because: ['Geen thema gekozen door de auteur', 'Geen woorden gevonden die bij een thema of een andere casus passen'],
    });
  });

  it('counts a case id once, whatever doubles come in', () => {
    const result = groupCases({
      cases: [
        { id: 'x', title: 'Speeltuin', text: 'Een speeltuin in het park.' },
        { id: 'x', title: 'Buurthuis', text: 'Het buurthuis sluit.' },
      ],
    });
    expect(result.assignments.map((a) => a.caseId)).toEqual(['x']);
  });
});

describe('groupCases without any theme', () => {
  const cases = fixture.cases.map((c) => ({ ...c, themes: [] }));
  const result = groupCases({ cases });

  it('forms round(√(n/2)) groups, ordered by label, none for a theme', () => {
    expect(result.blocks).toHaveLength(3);
    expect(result.blocks.map((b) => b.theme)).toEqual([null, null, null]);
    const labels = result.blocks.map((b) => b.label);
    expect([...labels].sort((a, b) => a.localeCompare(b, 'nl'))).toEqual(labels);
  });

  it('labels each group with three readable words written in its own cases', () => {
    for (const block of result.blocks) {
      const words = block.label.toLowerCase().split(', ');
      expect(words).toHaveLength(3);
      const text = cases
        .filter((c) => block.caseIds.includes(c.id))
        .map((c) => `${c.title} ${c.text}`.toLowerCase())
        .join(' ');
      for (const word of words) expect([word, text.includes(word)]).toEqual([word, true]);
    }
  });

  it('keeps the energy cases together under an energy label', () => {
    const block = result.blocks.find((b) => b.caseIds.includes('c07'));
    expect(block?.caseIds).toEqual(expect.arrayContaining(['c07', 'c08', 'c14']));
    expect(block?.label).toMatch(/energiecoöperatie|zonnepark|zonnepanelen/);
  });

  it('labels groups of the holdout cases from their own words', () => {
    const labels = groupCases({ cases: [...cases, ...holdout.cases] }).blocks.map((b) => b.label);
    expect(labels).toHaveLength(4);
    expect(labels.join(' | ')).toMatch(/jongeren/i);
    expect(labels.join(' | ')).toMatch(/bomen|geveltuinen|park/i);
  });

  it('explains each placement by the shared words', () => {
    const c07 = result.assignments.find((a) => a.caseId === 'c07');
    expect(c07?.theme).toBeNull();
    expect(c07?.because[0]).toBe('Geen themalijst: ingedeeld naar de tekst van de casussen');
    expect(c07?.because[1]).toMatch(/^Woorden die de casus deelt met deze groep: /);
  });
});
