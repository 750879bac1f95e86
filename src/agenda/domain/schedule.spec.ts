import { AgendaModel, emptyModel } from './agenda-model';
import { buildSchedule, defaultBreaks, Meeting } from './schedule';

// Thursday 3 October 2030, 13.00–17.00 in Amsterdam (summer time, UTC+2).
const meeting: Meeting = { start: new Date('2030-10-03T11:00:00Z'), end: new Date('2030-10-03T15:00:00Z'), walkInMinutes: 30 };
const hhmm = (d: Date) => d.toISOString().slice(11, 16);

function model(blocks: [string, number[]][], patch: Partial<AgendaModel> = {}): AgendaModel {
  return {
    ...emptyModel(),
    breaks: [{ startMinute: 120, minutes: 15 }],
    blocks: blocks.map(([label, ids], i) => ({ number: i + 1, label, themeId: null, items: ids.map((caseId) => ({ caseId, minutes: null, confidence: null, because: [] })) })),
    ...patch,
  };
}

describe('buildSchedule', () => {
  it('lists the fixed parts and the blocks in time order, a block cut by the break as two segments', () => {
    const outcome = buildSchedule(model([['wonen', [1, 2]], ['energie', [3, 4, 5, 6]]]), meeting, () => true);
    if (!outcome.ok) throw new Error('no schedule');
    const rows = outcome.schedule.timeline.map((e) => (e.kind === 'slot' ? `${hhmm(e.start)} ${e.slot}` : `${hhmm(e.start)} blok ${e.blockNumber}${e.continued ? ' vervolg' : ''} [${e.cases.map((c) => c.caseId)}]`));
    // UTC: 11.15 is 13.15 in Amsterdam. 105 minutes before the break and 90 after: 30 per case.
    expect(rows).toEqual(['10:30 walk-in', '11:00 opening', '11:15 blok 1 [1,2]', '12:15 blok 2 [3]', '13:00 break', '13:15 blok 2 vervolg [4,5,6]', '14:45 closing']);
    expect(outcome.schedule.blockTimes.get(2)).toEqual({ start: new Date('2030-10-03T12:15:00Z'), end: new Date('2030-10-03T14:45:00Z'), table: 1, continuesAfterBreak: true });
    expect(outcome.schedule.minutesPerCase).toEqual(30);
  });

  it('gives withdrawn cases no time but keeps them in the model', () => {
    const m = model([['wonen', [1, 2]]]);
    const outcome = buildSchedule(m, meeting, (id) => id !== 2);
    if (!outcome.ok) throw new Error('no schedule');
    expect([...outcome.schedule.placed.keys()]).toEqual([1]);
    expect(m.blocks[0].items.length).toEqual(2);
  });

  it('reports what no agenda can be made from, instead of throwing', () => {
    expect(buildSchedule(model([['wonen', [1]]], { settings: { ...emptyModel().settings, openingMinutes: 120, closingMinutes: 120 } }), meeting, () => true)).toEqual({
      ok: false,
      problem: { code: 'meeting-too-short', params: { min: 10, max: 30 } },
    });
    expect(buildSchedule(model([['wonen', [1]]], { breaks: [{ startMinute: 300, minutes: 15 }] }), meeting, () => true)).toEqual({
      ok: false,
      problem: { code: 'break-outside-meeting', params: { min: 10, max: 30 } },
    });
  });

  it('lists cases without time, with their block', () => {
    const many = model([['wonen', Array.from({ length: 30 }, (_, i) => i + 1)]], { settings: { ...emptyModel().settings, tables: 1 } });
    const outcome = buildSchedule(many, meeting, () => true);
    if (!outcome.ok) throw new Error('no schedule');
    // 105 + 90 minutes around the break: 10 + 9 cases of 10 minutes.
    expect(outcome.schedule.placed.size).toEqual(19);
    expect(outcome.schedule.unscheduled.map((u) => u.caseId)).toEqual(Array.from({ length: 11 }, (_, i) => i + 20));
    expect(new Set(outcome.schedule.unscheduled.map((u) => `${u.blockNumber}:${u.reason}`))).toEqual(new Set(['1:no-time']));
  });

  it('proposes one break of 15 minutes halfway, on a five-minute mark', () => {
    expect(defaultBreaks(emptyModel(), meeting)).toEqual([{ startMinute: 115, minutes: 15 }]);
    expect(defaultBreaks(emptyModel(), { ...meeting, end: new Date('2030-10-03T11:20:00Z') })).toEqual([]);
  });
});
