import fc from 'fast-check';
import { allocateFeedback, AllocationInput, FeedbackCase, FeedbackParticipant } from './allocate-feedback';

/** An edition in which every participant with a case wrote it alone. */
function edition(spec: { organisation: string; hasCase: boolean }[]): Pick<AllocationInput, 'participants' | 'cases'> {
  const participants: FeedbackParticipant[] = spec.map((s, i) => ({
    id: `p${i}`,
    organisation: s.organisation,
    caseId: s.hasCase ? `c${i}` : null,
  }));
  const cases: FeedbackCase[] = participants.filter((p) => p.caseId !== null).map((p) => ({ id: p.caseId!, authorIds: [p.id] }));
  return { participants, cases };
}

const editions = (minSize: number, maxSize: number, organisations: number) =>
  fc.array(
    fc.record({
      organisation: fc.constantFrom(...['Gemeente Utrecht', 'Gemeente Zeist', 'Gemeente Houten', 'Gemeente Ede', 'Gemeente Epe', 'Gemeente Urk'].slice(0, organisations)),
      // Most participants hand in a case; about one in five does not.
      hasCase: fc.integer({ min: 0, max: 4 }).map((n) => n > 0),
    }),
    { minLength: minSize, maxLength: maxSize },
  );

function loads(input: Pick<AllocationInput, 'cases'>, assignments: { caseIds: (string | number)[] }[]): number[] {
  return input.cases.map((c) => assignments.filter((a) => a.caseIds.includes(c.id)).length);
}

function sameOrganisationPairs(input: Pick<AllocationInput, 'participants' | 'cases'>, assignments: { participantId: string | number; caseIds: (string | number)[] }[]): number {
  const organisation = new Map(input.participants.map((p) => [p.id, p.organisation]));
  const author = new Map(input.cases.map((c) => [c.id, c.authorIds[0]]));
  return assignments.reduce(
    (n, a) => n + a.caseIds.filter((c) => organisation.get(author.get(c)!) === organisation.get(a.participantId)).length,
    0,
  );
}

describe('allocateFeedback', () => {
  it('gives everyone the other cases when there are just enough', () => {
    const input = edition([
      { organisation: 'Utrecht', hasCase: true },
      { organisation: 'Zeist', hasCase: true },
      { organisation: 'Houten', hasCase: true },
    ]);
    expect(allocateFeedback({ ...input, seed: 1 })).toEqual({
      assignments: [
        { participantId: 'p0', caseIds: ['c1', 'c2'] },
        { participantId: 'p1', caseIds: ['c0', 'c2'] },
        { participantId: 'p2', caseIds: ['c0', 'c1'] },
      ],
      warnings: [],
    });
  });

  it('keeps colleagues apart when that is possible', () => {
    const input = edition([
      { organisation: 'Gemeente Utrecht', hasCase: true },
      { organisation: 'gemeente  utrecht', hasCase: true },
      { organisation: 'Gemeente Zeist', hasCase: true },
      { organisation: 'Gemeente Zeist', hasCase: true },
    ]);
    expect(allocateFeedback({ ...input, perParticipant: 2, seed: 'editie-2018' })).toEqual({
      assignments: [
        { participantId: 'p0', caseIds: ['c2', 'c3'] },
        { participantId: 'p1', caseIds: ['c2', 'c3'] },
        { participantId: 'p2', caseIds: ['c0', 'c1'] },
        { participantId: 'p3', caseIds: ['c0', 'c1'] },
      ],
      warnings: [],
    });
  });

  it('warns when there are too few cases and when colleagues cannot be kept apart', () => {
    const input = edition([
      { organisation: 'Utrecht', hasCase: true },
      { organisation: 'Utrecht', hasCase: true },
      { organisation: 'Utrecht', hasCase: false },
    ]);
    expect(allocateFeedback({ ...input, perParticipant: 2, seed: 7 })).toEqual({
      assignments: [
        { participantId: 'p0', caseIds: ['c1'] },
        { participantId: 'p1', caseIds: ['c0'] },
        { participantId: 'p2', caseIds: ['c0', 'c1'] },
      ],
      warnings: [
        { kind: 'fewer-than-requested', participantId: 'p0', assigned: 1, requested: 2 },
        { kind: 'fewer-than-requested', participantId: 'p1', assigned: 1, requested: 2 },
        { kind: 'same-organisation', participantId: 'p0', caseId: 'c1' },
        { kind: 'same-organisation', participantId: 'p1', caseId: 'c0' },
        { kind: 'same-organisation', participantId: 'p2', caseId: 'c0' },
        { kind: 'same-organisation', participantId: 'p2', caseId: 'c1' },
      ],
    });
  });

  it('reports uneven counts when the authors leave no other choice', () => {
    // Four co-authors can only review case b; b gets 4 reviews, a gets 2.
    const participants = ['a1', 'a2', 'a3', 'a4', 'b', 'x'].map((id) => ({ id, organisation: id, caseId: null }));
    const cases = [
      { id: 'a', authorIds: ['a1', 'a2', 'a3', 'a4'] },
      { id: 'b', authorIds: ['b'] },
    ];
    expect(allocateFeedback({ participants, cases, perParticipant: 1, seed: 3 })).toEqual({
      assignments: [
        { participantId: 'a1', caseIds: ['b'] },
        { participantId: 'a2', caseIds: ['b'] },
        { participantId: 'a3', caseIds: ['b'] },
        { participantId: 'a4', caseIds: ['b'] },
        { participantId: 'b', caseIds: ['a'] },
        { participantId: 'x', caseIds: ['a'] },
      ],
      warnings: [{ kind: 'uneven', fewest: 2, most: 4 }],
    });
  });

  it('hands out nothing without cases, and refuses bad input', () => {
    const input = edition([{ organisation: 'Utrecht', hasCase: false }]);
    expect(allocateFeedback({ ...input, seed: 1 })).toEqual({
      assignments: [{ participantId: 'p0', caseIds: [] }],
      warnings: [{ kind: 'no-cases' }],
    });
    expect(() => allocateFeedback({ ...input, perParticipant: 1.5, seed: 1 })).toThrow(RangeError);
    expect(() => allocateFeedback({ participants: [...input.participants, ...input.participants], cases: [], seed: 1 })).toThrow(
      RangeError,
    );
  });

  it('is the same for the same seed and varies between seeds', () => {
    const input = edition(Array.from({ length: 12 }, (_, i) => ({ organisation: `org${i % 4}`, hasCase: i % 5 !== 0 })));
    const results = [1, 2, 3, 4, 5, 6].map((seed) => JSON.stringify(allocateFeedback({ ...input, seed })));
    expect(JSON.stringify(allocateFeedback({ ...input, seed: 1 }))).toEqual(results[0]);
    expect(new Set(results).size).toBeGreaterThan(1);
  });
});

describe('allocateFeedback properties', () => {
  it('never assigns an own case or a case twice, gives N each when possible and keeps counts within one', () => {
    fc.assert(
      fc.property(editions(3, 25, 6), fc.integer({ min: 1, max: 4 }), fc.integer(), (spec, perParticipant, seed) => {
        const input = edition(spec);
        const { assignments, warnings } = allocateFeedback({ ...input, perParticipant, seed });
        expect(assignments.map((a) => a.participantId)).toEqual(input.participants.map((p) => p.id));
        for (const [i, a] of assignments.entries()) {
          const own = input.participants[i].caseId;
          expect(a.caseIds.includes(own ?? '')).toEqual(false);
          expect(new Set(a.caseIds).size).toEqual(a.caseIds.length);
          const others = input.cases.filter((c) => c.id !== own).length;
          expect(a.caseIds.length).toEqual(Math.min(perParticipant, others));
        }
        const counts = loads(input, assignments);
        if (counts.length > 0) expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
        const pairs = warnings.filter((w) => w.kind === 'same-organisation').length;
        expect(pairs).toEqual(sameOrganisationPairs(input, assignments));
        expect(JSON.stringify(allocateFeedback({ ...input, perParticipant, seed }))).toEqual(JSON.stringify({ assignments, warnings }));
      }),
      { numRuns: 150 },
    );
  });

  // Then each organisation's people have at least twice as many other cases as their own, and
  // its cases at least twice as many outside reviewers as colleagues, so an allocation that is
  // both even and free of colleague pairs is to be expected; this checks that it is found.
  it('has no colleague pairs when no organisation has more than a third of the people or the cases', () => {
    let checked = 0;
    fc.assert(
      fc.property(editions(6, 25, 6), fc.integer({ min: 1, max: 4 }), fc.integer(), (spec, perParticipant, seed) => {
        const input = edition(spec);
        const largest = (list: readonly { organisation: string }[]) =>
          Math.max(...list.map((x) => list.filter((y) => y.organisation === x.organisation).length));
        const authors = input.participants.filter((p) => p.caseId !== null);
        fc.pre(authors.length >= 3 * perParticipant);
        fc.pre(largest(input.participants) * 3 <= input.participants.length);
        fc.pre(largest(authors) * 3 <= authors.length);
        checked++;
        const { assignments, warnings } = allocateFeedback({ ...input, perParticipant, seed });
        expect(sameOrganisationPairs(input, assignments)).toEqual(0);
        expect(warnings).toEqual([]);
      }),
      { numRuns: 150 },
    );
    expect(checked).toEqual(150);
  });

  it('is as even and as separated as the best allocation found by trying them all', () => {
    fc.assert(
      fc.property(editions(3, 6, 3), fc.integer({ min: 1, max: 3 }), fc.integer(), (spec, perParticipant, seed) => {
        const input = edition(spec);
        fc.pre(input.cases.length >= 2 && input.cases.length <= 4);
        const best = bestByBruteForce(input, perParticipant);
        const { assignments } = allocateFeedback({ ...input, perParticipant, seed });
        const squares = loads(input, assignments).reduce((s, n) => s + n * n, 0);
        expect([squares, sameOrganisationPairs(input, assignments)]).toEqual(best);
      }),
      { numRuns: 120 },
    );
  });
});

/** [sum of squared case counts, colleague pairs] of the best allocation, trying every one. */
function bestByBruteForce(input: Pick<AllocationInput, 'participants' | 'cases'>, perParticipant: number): [number, number] {
  const options = input.participants.map((p) => {
    const others = input.cases.filter((c) => c.id !== p.caseId).map((c) => c.id);
    return subsets(others, Math.min(perParticipant, others.length));
  });
  let best: [number, number] = [Infinity, Infinity];
  const walk = (i: number, chosen: (string | number)[][]) => {
    if (i === options.length) {
      const assignments = chosen.map((caseIds, k) => ({ participantId: input.participants[k].id, caseIds }));
      const score: [number, number] = [
        loads(input, assignments).reduce((s, n) => s + n * n, 0),
        sameOrganisationPairs(input, assignments),
      ];
      if (score[0] < best[0] || (score[0] === best[0] && score[1] < best[1])) best = score;
      return;
    }
    for (const option of options[i]) walk(i + 1, [...chosen, option]);
  };
  walk(0, []);
  return best;
}

function subsets<T>(items: T[], size: number): T[][] {
  if (size === 0) return [[]];
  if (items.length < size) return [];
  const [first, ...rest] = items;
  return [...subsets(rest, size - 1).map((s) => [first, ...s]), ...subsets(rest, size)];
}
