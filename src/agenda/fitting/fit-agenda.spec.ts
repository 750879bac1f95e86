import { AgendaFittingError } from './errors';
import { fitAgenda } from './fit-agenda';
import { FittingInput, FittingResult } from './types';

// Thursday 4 October 2018, 13.00–17.00 in Amsterdam (summer time: 11.00–15.00 UTC).
const start = new Date('2018-10-04T11:00:00Z');
const end = new Date('2018-10-04T15:00:00Z');
const at = (hhmm: string): Date => new Date(`2018-10-04T${hhmm}:00Z`);
const times = (result: FittingResult): string[][] =>
  result.blocks.map((b) => [b.label, String(b.table), ...b.cases.map((c) => `${c.caseId} ${iso(c.start)}-${iso(c.end)}`)]);
const iso = (d: Date): string => d.toISOString().slice(11, 16);

function errorOf(input: FittingInput): AgendaFittingError {
  try {
    fitAgenda(input);
  } catch (error) {
    if (error instanceof AgendaFittingError) return error;
    throw error;
  }
  throw new Error('expected an AgendaFittingError');
}

const blocks = [
  { label: 'wonen', theme: 'wonen', caseIds: ['a', 'b', 'c'] },
  { label: 'energie', theme: 'energie', caseIds: ['d', 'e'] },
];

describe('fitAgenda', () => {
  it('frames the afternoon with walk-in, opening, a break halfway and closing', () => {
    const result = fitAgenda({ start, end, walkInMinutes: 30, blocks, minMinutesPerCase: 10, maxMinutesPerCase: 30 });
    expect(result.slots.map((s) => [s.kind, s.label, iso(s.start), iso(s.end)])).toEqual([
      ['walk-in', 'Inloop', '10:30', '11:00'],
      ['opening', 'Opening', '11:00', '11:15'],
      ['break', 'Pauze', '12:55', '13:10'],
      ['closing', 'Afsluiting', '14:45', '15:00'],
    ]);
  });

  it('gives every case the most minutes up to the maximum, one after another', () => {
    const result = fitAgenda({ start, end, blocks, minMinutesPerCase: 10, maxMinutesPerCase: 30 });
    expect(result.tables).toBe(1);
    expect(result.minutesPerCase).toBe(30);
    expect(times(result)).toEqual([
      ['wonen', '1', 'a 11:15-11:45', 'b 11:45-12:15', 'c 12:15-12:45'],
      ['energie', '1', 'd 13:10-13:40', 'e 13:40-14:10'],
    ]);
    expect(result.blocks[0]).toMatchObject({ theme: 'wonen', start: at('11:15'), end: at('12:45'), continuesAfterBreak: false });
    expect(result.unscheduled).toEqual([]);
    expect(result.warnings).toEqual([]);
  });

  it('shares the time evenly in whole minutes, and no case spans the break', () => {
    const many = [{ label: 'alles', caseIds: ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'] }];
    const result = fitAgenda({ start, end, blocks: many, minMinutesPerCase: 10, maxMinutesPerCase: 40 });
    // 100 minutes before the break and 95 after: 21 minutes give 4 + 4 cases, 20 give 5 + 4.
    expect(result.minutesPerCase).toBe(20);
    expect(result.blocks[0].continuesAfterBreak).toBe(true);
    expect(result.blocks[0].cases.map((c) => iso(c.start))).toEqual(['11:15', '11:35', '11:55', '12:15', '12:35', '13:10', '13:30', '13:50', '14:10']);
    expect(result.warnings).toEqual([{ code: 'block-continues-after-break', message: 'Blok "alles" gaat na de pauze verder.' }]);
  });

  it('keeps own durations within min..max and says so', () => {
    const result = fitAgenda({
      start,
      end,
      blocks: [{ label: 'wonen', caseIds: ['a', 'b'], durations: { a: 45, b: 12 } }],
      minMinutesPerCase: 10,
      maxMinutesPerCase: 30,
    });
    expect(result.blocks[0].cases.map((c) => [c.caseId, c.minutes])).toEqual([
      ['a', 30],
      ['b', 12],
    ]);
    expect(result.warnings).toEqual([
      { code: 'duration-adjusted', message: 'Casus a krijgt 30 min in plaats van 45: de tijd per casus ligt tussen 10 en 30 min.' },
    ]);
  });

  it('uses parallel tables when the cases do not fit one after another', () => {
    const big = [
      { label: 'wonen', caseIds: ['a', 'b', 'c', 'd', 'e', 'f'] },
      { label: 'zorg', caseIds: ['g', 'h', 'i', 'j', 'k', 'l'] },
      { label: 'energie', caseIds: ['m', 'n', 'o', 'p', 'q', 'r'] },
    ];
    const result = fitAgenda({ start, end, blocks: big, minMinutesPerCase: 15, maxMinutesPerCase: 30 });
    expect(result.tables).toBe(2);
    expect(result.blocks.map((b) => [b.label, b.table])).toEqual([
      ['wonen', 1],
      ['zorg', 2],
      ['energie', 1],
    ]);
    expect(result.unscheduled).toEqual([]);
    expect(result.warnings.map((w) => w.code)).toContain('parallel-tables');
  });

  it('lists what does not fit instead of dropping it', () => {
    const result = fitAgenda({
      start,
      end,
      blocks: [{ label: 'alles', caseIds: Array.from({ length: 12 }, (_, i) => `c${i}`) }],
      minMinutesPerCase: 20,
      maxMinutesPerCase: 30,
      tables: 1,
    });
    expect(result.minutesPerCase).toBe(20);
    expect(result.blocks[0].cases).toHaveLength(9);
    expect(result.unscheduled.map((u) => [u.caseId, u.reason, u.blockLabel])).toEqual([
      ['c9', 'no-time', 'alles'],
      ['c10', 'no-time', 'alles'],
      ['c11', 'no-time', 'alles'],
    ]);
    expect(result.unscheduled[0].message).toBe('Er is geen tijd meer over voor deze casus.');
    expect(result.warnings).toContainEqual({
      code: 'too-many-cases',
      message: '3 casussen passen niet in de tijd, ook niet met 20 minuten per casus. Ze staan onder "Niet ingepland".',
    });
  });

  it('accepts breaks by minutes after the start or by moment, and plans around them', () => {
    const result = fitAgenda({
      start,
      end,
      openingMinutes: 0,
      closingMinutes: 0,
      breaks: [
        { afterMinutes: 60, minutes: 30 },
        { at: at('14:00'), minutes: 15 },
      ],
      blocks: [{ label: 'x', caseIds: ['a', 'b', 'c'] }],
      minMinutesPerCase: 45,
      maxMinutesPerCase: 60,
    });
    expect(result.slots.map((s) => `${s.kind} ${iso(s.start)}`)).toEqual(['break 12:00', 'break 14:00']);
    // 60, 90 and 45 minutes between the breaks: 45 each is the most that lets all three fit.
    expect(times(result)).toEqual([['x', '1', 'a 11:00-11:45', 'b 12:30-13:15', 'c 13:15-14:00']]);
  });

  it('makes an empty agenda from no cases: the frame and a warning', () => {
    const result = fitAgenda({ start, end, blocks: [] });
    expect(result.blocks).toEqual([]);
    expect(result.minutesPerCase).toBeNull();
    expect(result.slots).toHaveLength(3);
    expect(result.warnings).toEqual([
      { code: 'no-cases', message: 'Er zijn nog geen casussen; de agenda bevat alleen de vaste onderdelen.' },
    ]);
  });

  it('places a case in two blocks once, and leaves out empty blocks', () => {
    const result = fitAgenda({ start, end, blocks: [{ label: 'a', caseIds: ['x'] }, { label: 'b', caseIds: ['x'] }, { label: 'c', caseIds: [] }] });
    expect(result.blocks.map((b) => b.label)).toEqual(['a']);
    expect(result.warnings.map((w) => w.code)).toEqual(['duplicate-case', 'empty-block']);
  });

  it.each([
    [{ end: start }, 'invalid-times', 'De eindtijd van de bijeenkomst moet na de begintijd liggen.'],
    [{ minMinutesPerCase: 30, maxMinutesPerCase: 20 }, 'min-above-max', 'De minimale tijd per casus (30 min) is langer dan de maximale tijd (20 min).'],
    [{ minMinutesPerCase: 120, maxMinutesPerCase: 120 }, 'meeting-too-short', 'De bijeenkomst is te kort: het langste stuk tussen opening, pauzes en afsluiting duurt 100 min, en een casus duurt minstens 120 min.'],
    [{ openingMinutes: 120, closingMinutes: 120 }, 'meeting-too-short', 'De bijeenkomst is te kort: opening, pauzes en afsluiting vullen de hele tijd.'],
    [{ breaks: [{ afterMinutes: 5, minutes: 15 }] }, 'break-outside-meeting', 'Een pauze valt buiten de bijeenkomst of overlapt met de opening of de afsluiting.'],
    [{ breaks: [{ afterMinutes: 60, minutes: 30 }, { afterMinutes: 80, minutes: 10 }] }, 'breaks-overlap', 'Twee pauzes overlappen elkaar.'],
    [{ tables: 5 }, 'invalid-tables', 'Het aantal tafels moet 1 tot en met 4 zijn, of automatisch (nu: 5).'],
    [{ minMinutesPerCase: 7.5 }, 'invalid-minutes', 'De minimale tijd per casus moet een heel aantal minuten zijn (0 of meer).'],
  ] as [Partial<FittingInput>, string, string][])('refuses impossible input with a Dutch message (%#)', (change, code, message) => {
    const error = errorOf({ start, end, blocks, ...change });
    expect([error.code, error.message]).toEqual([code, message]);
  });
});
