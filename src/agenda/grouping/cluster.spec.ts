import { groupCount } from './cluster';
import { groupCases } from './group-cases';
import { CaseInput } from './types';

describe('groupCount', () => {
  it.each([
    [1, 1],
    [2, 2],
    [3, 2],
    [12, 2],
    [13, 3],
    [18, 3],
    [40, 4],
    [72, 6],
    [98, 7],
    [2000, 7],
  ])('makes round(√(n/2)) groups within 2..7 for %i cases: %i', (n, k) => {
    expect(groupCount(n)).toBe(k);
  });
});

/** Many cases over four subjects, to take the paths for large inputs (sampling, no neighbours). */
function manyCases(count: number): CaseInput[] {
  const subjects = [
    ['huurders', 'woningcorporatie', 'nieuwbouw', 'wachtlijst'],
    ['zonnepanelen', 'warmtenet', 'isolatie', 'energierekening'],
    ['jongeren', 'hangplek', 'jongerenwerker', 'skatebaan'],
    ['ouderen', 'eenzaamheid', 'mantelzorgers', 'buurtkamer'],
  ];
  return Array.from({ length: count }, (_, i) => {
    const words = subjects[i % 4];
    const other = subjects[(i * 7) % 4];
    return {
      id: `c${String(i).padStart(4, '0')}`,
      title: `${words[i % 3]} en ${words[3]}`,
      text: `De bewoners praten over ${words.join(', ')} en een beetje over ${other[i % 4]}.`,
      themes: [],
    };
  });
}

describe('groupCases on many cases', () => {
  const cases = manyCases(450);
  const reversed = [...cases].reverse();

  it('groups without a theme list by subject, the same whatever the order', () => {
    const result = groupCases({ cases });
    expect(groupCases({ cases: reversed })).toEqual(result);
    expect(result.blocks).toHaveLength(7);
    // Each subject stays within as few groups as possible: never more than two.
    for (let subject = 0; subject < 4; subject++) {
      const ids = cases.filter((_, i) => i % 4 === subject).map((c) => c.id);
      const blocks = new Set(ids.map((id) => result.blocks.findIndex((b) => b.caseIds.includes(id))));
      expect(blocks.size).toBeLessThanOrEqual(2);
    }
  });

  it('places unpicked cases by a theme list, the same whatever the order', () => {
    const themes = ['wonen', 'energie', 'jongeren', 'zorg en welzijn'];
    const result = groupCases({ themes, cases });
    expect(groupCases({ themes, cases: reversed })).toEqual(result);
    expect(result.blocks.map((b) => [b.theme, b.caseIds.length])).toEqual([
      ['wonen', 113],
      ['energie', 113],
      ['jongeren', 112],
      ['zorg en welzijn', 112],
    ]);
  });
});
