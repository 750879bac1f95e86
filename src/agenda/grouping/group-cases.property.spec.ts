import fc from 'fast-check';
import { groupCases } from './group-cases';
import { CaseInput, GroupingInput } from './types';

const THEMES = ['wonen', 'openbare ruimte en groen', 'zorg en welzijn', 'energie', 'jongeren'];
const WORDS = [
  'huurders', 'woningcorporatie', 'nieuwbouw', 'speeltuin', 'bomen', 'plein', 'eenzaamheid', 'ouderen',
  'mantelzorgers', 'zonnepanelen', 'warmtenet', 'isolatie', 'jongeren', 'hangplek', 'jongerenwerker',
  'de', 'het', 'een', 'gemeente', 'bewoners', 'willen', 'Brederwijk', 'buurtinitiatief', 'café', '2024',
];

const sentence = fc.array(fc.constantFrom(...WORDS), { maxLength: 25 }).map((w) => w.join(' '));
const picked = fc.oneof(
  fc.constant<string[] | undefined>(undefined),
  fc.subarray([...THEMES, 'mobiliteit'], { maxLength: 3 }),
);

function casesArb(): fc.Arbitrary<CaseInput[]> {
  return fc
    .uniqueArray(fc.stringMatching(/^[a-z0-9]{1,6}$/), { minLength: 0, maxLength: 14 })
    .chain((ids) =>
      fc.tuple(...ids.map((id) => fc.record({ id: fc.constant(id), title: sentence, text: sentence, themes: picked }))),
    )
    .map((cases) => cases.map(({ themes, ...rest }) => (themes === undefined ? rest : { ...rest, themes })));
}

const inputArb: fc.Arbitrary<GroupingInput> = fc.record({
  themes: fc.oneof(fc.constant(undefined), fc.subarray(THEMES)),
  cases: casesArb(),
});

const runs = { numRuns: 60 };

describe('groupCases properties', () => {
  it('places every case exactly once, in exactly one block', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const result = groupCases(input);
        const ids = input.cases.map((c) => c.id).sort();
        expect(result.assignments.map((a) => a.caseId).sort()).toEqual(ids);
        expect(result.blocks.flatMap((b) => b.caseIds).sort()).toEqual(ids);
        expect(result.blocks.every((b) => b.caseIds.length > 0)).toBe(true);
      }),
      runs,
    );
  });

  it('is deterministic and keeps confidences within 0..1', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const result = groupCases(input);
        expect(groupCases(input)).toEqual(result);
        for (const a of result.assignments) {
          expect(a.confidence).toBeGreaterThanOrEqual(0);
          expect(a.confidence).toBeLessThanOrEqual(1);
          expect(a.because.length).toBeGreaterThan(0);
        }
      }),
      runs,
    );
  });

  it('gives the same result whatever order the cases come in', () => {
    fc.assert(
      fc.property(
        inputArb.chain((input) => fc.tuple(fc.constant(input), fc.shuffledSubarray(input.cases, { minLength: input.cases.length }))),
        ([input, shuffled]) => {
          expect(groupCases({ ...input, cases: shuffled })).toEqual(groupCases(input));
        },
      ),
      runs,
    );
  });

  it("places a case whose author picked exactly one theme in that theme's block", () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const result = groupCases(input);
        for (const c of input.cases) {
          if (c.themes?.length !== 1) continue;
          const assignment = result.assignments.find((a) => a.caseId === c.id);
          expect(assignment?.theme).toBe(c.themes[0]);
          const block = result.blocks.find((b) => b.caseIds.includes(c.id));
          expect(block?.theme).toBe(c.themes[0]);
        }
      }),
      runs,
    );
  });

  it('places a case with several picked themes in one of them', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const result = groupCases(input);
        for (const c of input.cases.filter((x) => (x.themes?.length ?? 0) > 1)) {
          expect(c.themes).toContain(result.assignments.find((a) => a.caseId === c.id)?.theme);
        }
      }),
      runs,
    );
  });

  it('orders theme blocks as the theme list does', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const listed = groupCases(input)
          .blocks.map((b) => (b.theme === null ? -1 : (input.themes ?? []).indexOf(b.theme as string)))
          .filter((i) => i >= 0);
        expect([...listed].sort((a, b) => a - b)).toEqual(listed);
      }),
      runs,
    );
  });
});
