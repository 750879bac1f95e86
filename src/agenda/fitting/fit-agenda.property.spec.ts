import fc from 'fast-check';
import { AgendaFittingError } from './errors';
import { fitAgenda } from './fit-agenda';
import { FittingInput, FittingResult } from './types';

const MINUTE = 60_000;
const base = Date.UTC(2018, 9, 4, 11, 0);

const blocksArb = fc
  .array(fc.array(fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz'.split('')), { maxLength: 9 }), { maxLength: 6 })
  .chain((lists) =>
    fc.tuple(
      fc.constant(lists),
      fc.array(fc.tuple(fc.constantFrom(...'abcdefghij'.split('')), fc.integer({ min: 1, max: 90 })), { maxLength: 4 }),
    ),
  )
  .map(([lists, own]) =>
    lists.map((caseIds, i) => ({ label: `blok ${i}`, caseIds, durations: Object.fromEntries(own) as Record<string, number> })),
  );

const inputArb: fc.Arbitrary<FittingInput> = fc
  .record({
    offset: fc.integer({ min: 0, max: 600 }),
    length: fc.integer({ min: 30, max: 480 }),
    walkInMinutes: fc.integer({ min: 0, max: 60 }),
    openingMinutes: fc.integer({ min: 0, max: 30 }),
    closingMinutes: fc.integer({ min: 0, max: 30 }),
    breaks: fc.option(fc.array(fc.record({ afterMinutes: fc.integer({ min: 0, max: 480 }), minutes: fc.integer({ min: 1, max: 40 }) }), { maxLength: 3 }), { nil: undefined }),
    min: fc.integer({ min: 1, max: 30 }),
    extra: fc.integer({ min: 0, max: 40 }),
    tables: fc.constantFrom<'auto' | number>('auto', 1, 2, 3, 4),
    blocks: blocksArb,
  })
  .map((r) => ({
    start: new Date(base + r.offset * MINUTE),
    end: new Date(base + (r.offset + r.length) * MINUTE),
    walkInMinutes: r.walkInMinutes,
    openingMinutes: r.openingMinutes,
    closingMinutes: r.closingMinutes,
    breaks: r.breaks,
    minMinutesPerCase: r.min,
    maxMinutesPerCase: r.min + r.extra,
    tables: r.tables,
    blocks: r.blocks,
  }));

/** The result, or undefined when the input is one no agenda can come from (a typed error). */
function fitted(input: FittingInput): FittingResult | undefined {
  try {
    return fitAgenda(input);
  } catch (error) {
    if (error instanceof AgendaFittingError) return undefined;
    throw error;
  }
}

const runs = { numRuns: 300 };
const cases = (result: FittingResult) => result.blocks.flatMap((b) => b.cases);

describe('fitAgenda properties', () => {
  it('never overlaps two cases at one table', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const result = fitted(input);
        if (!result) return;
        for (let table = 1; table <= result.tables; table++) {
          const mine = cases(result)
            .filter((c) => c.table === table)
            .sort((a, b) => a.start.getTime() - b.start.getTime());
          for (let i = 1; i < mine.length; i++) expect(mine[i].start.getTime()).toBeGreaterThanOrEqual(mine[i - 1].end.getTime());
        }
      }),
      runs,
    );
  });

  it('plans every case inside the discussion time, clear of opening, breaks and closing', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const result = fitted(input);
        if (!result) return;
        const from = input.start.getTime() + (input.openingMinutes ?? 15) * MINUTE;
        const to = input.end.getTime() - (input.closingMinutes ?? 15) * MINUTE;
        for (const c of cases(result)) {
          expect(c.start.getTime()).toBeGreaterThanOrEqual(from);
          expect(c.end.getTime()).toBeLessThanOrEqual(to);
          for (const slot of result.slots) {
            const overlaps = c.start < slot.end && slot.start < c.end;
            expect([slot.kind, overlaps]).toEqual([slot.kind, false]);
          }
        }
      }),
      runs,
    );
  });

  it('places every case exactly once or lists it as not planned', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const result = fitted(input);
        if (!result) return;
        const wanted = [...new Set(input.blocks.flatMap((b) => b.caseIds))].sort();
        const got = [...cases(result).map((c) => c.caseId), ...result.unscheduled.map((u) => u.caseId)].sort();
        expect(got).toEqual(wanted);
      }),
      runs,
    );
  });

  it('gives every case whole minutes within min..max', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const result = fitted(input);
        if (!result) return;
        for (const c of cases(result)) {
          expect(Number.isInteger(c.minutes)).toBe(true);
          expect(c.minutes).toBeGreaterThanOrEqual(input.minMinutesPerCase ?? 10);
          expect(c.minutes).toBeLessThanOrEqual(input.maxMinutesPerCase ?? 30);
          expect(c.end.getTime() - c.start.getTime()).toBe(c.minutes * MINUTE);
        }
      }),
      runs,
    );
  });

  it('uses no more tables than allowed, and the fewest that fit when automatic', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const result = fitted(input);
        if (!result) return;
        expect(result.tables).toBeGreaterThanOrEqual(1);
        expect(result.tables).toBeLessThanOrEqual(4);
        if (input.tables === 'auto' && result.tables > 1 && result.unscheduled.length === 0) {
          const fewer = fitted({ ...input, tables: result.tables - 1 });
          expect(fewer?.unscheduled.length ?? 1).toBeGreaterThan(0);
        }
      }),
      runs,
    );
  });

  it('warns when there is nothing to plan, and throws nothing but typed errors', () => {
    fc.assert(
      fc.property(inputArb, (input) => {
        const result = fitted(input);
        if (result && result.blocks.length === 0 && result.unscheduled.length === 0) {
          expect(result.warnings.map((w) => w.code)).toContain('no-cases');
        }
      }),
      runs,
    );
  });
});
