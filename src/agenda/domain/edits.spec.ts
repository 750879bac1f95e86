import { AgendaModel, caseIdsOf, emptyModel } from './agenda-model';
import { EditRefusal } from './edit-refusal';
import * as edits from './edits';

/** Two blocks: 1 "wonen" with cases 11, 12, 13 and 2 "energie" with 21; case 31 is left out. */
function model(): AgendaModel {
  const item = (caseId: number) => ({ caseId, minutes: null, confidence: 80, because: ['Door de auteur gekozen thema'] });
  return {
    ...emptyModel(),
    blocks: [
      { number: 1, label: 'wonen', themeId: 5, items: [item(11), item(12), item(13)] },
      { number: 2, label: 'energie', themeId: 6, items: [item(21)] },
    ],
    leftOut: [{ ...item(31), reason: 'Auteur is ziek' }],
  };
}

const shape = (m: AgendaModel) => m.blocks.map((b) => [b.label, b.items.map((i) => i.caseId)]);
const placeable = new Set([11, 12, 13, 21, 31, 41]);

function refusal(fn: () => unknown): { key: string; field?: string } {
  try {
    fn();
  } catch (error) {
    if (error instanceof EditRefusal) return { key: error.key, field: error.field };
    throw error;
  }
  throw new Error('not refused');
}

describe('agenda edits', () => {
  it('moves a case to another block at a place, and forgets the proposal’s reasons for it', () => {
    const before = model();
    const after = edits.moveCase(before, 12, 2, 1, placeable);
    expect(shape(after)).toEqual([['wonen', [11, 13]], ['energie', [12, 21]]]);
    expect(after.blocks[1].items[0]).toEqual({ caseId: 12, minutes: null, confidence: null, because: [] });
    expect(shape(before)).toEqual([['wonen', [11, 12, 13]], ['energie', [21]]]);
  });

  it('reorders within a block and keeps the reasons there', () => {
    const after = edits.moveCase(model(), 13, 1, 1, placeable);
    expect(shape(after)[0]).toEqual(['wonen', [13, 11, 12]]);
    expect(after.blocks[0].items[0].confidence).toEqual(80);
  });

  it('treats "move to its own block" without a place as no change', () => {
    const before = model();
    expect(edits.moveCase(before, 12, 1, null, placeable)).toBe(before);
  });

  it('places a left-out case or a newly submitted one, but not a case that is not submitted', () => {
    expect(shape(edits.moveCase(model(), 31, 2, null, placeable))[1]).toEqual(['energie', [21, 31]]);
    const placed = edits.moveCase(model(), 41, 1, null, placeable);
    expect(shape(placed)[0]).toEqual(['wonen', [11, 12, 13, 41]]);
    expect(placed.leftOut.map((i) => i.caseId)).toEqual([31]);
    expect(refusal(() => edits.moveCase(model(), 99, 1, null, placeable))).toEqual({ key: 'agenda.refused.caseGone', field: undefined });
    expect(refusal(() => edits.moveCase(model(), 11, 9, null, placeable)).key).toEqual('agenda.refused.blockGone');
  });

  it('moves up and down within the block; at the edge nothing changes', () => {
    expect(shape(edits.shiftCase(model(), 12, 'up'))[0]).toEqual(['wonen', [12, 11, 13]]);
    expect(shape(edits.shiftCase(model(), 12, 'down'))[0]).toEqual(['wonen', [11, 13, 12]]);
    expect(shape(edits.shiftCase(model(), 11, 'up'))[0]).toEqual(['wonen', [11, 12, 13]]);
    expect(refusal(() => edits.shiftCase(model(), 31, 'up')).key).toEqual('agenda.refused.caseNotInBlock');
  });

  it('gives a case its own time within the minimum and maximum', () => {
    expect(edits.setCaseMinutes(model(), 12, 25).blocks[0].items[1].minutes).toEqual(25);
    expect(edits.setCaseMinutes(edits.setCaseMinutes(model(), 12, 25), 12, null).blocks[0].items[1].minutes).toEqual(null);
    expect(refusal(() => edits.setCaseMinutes(model(), 12, 45))).toEqual({ key: 'agenda.refused.minutesRange', field: 'minutes' });
  });

  it('leaves a case out with a reason, and never loses one', () => {
    const after = edits.leaveOut(model(), 21, 'Past beter bij de derde bijeenkomst', placeable);
    expect(shape(after)).toEqual([['wonen', [11, 12, 13]], ['energie', []]]);
    expect(after.leftOut.map((i) => [i.caseId, i.reason])).toEqual([[31, 'Auteur is ziek'], [21, 'Past beter bij de derde bijeenkomst']]);
    expect(caseIdsOf(after).sort()).toEqual(caseIdsOf(model()).sort());
  });

  it('renames, reorders, merges and splits blocks', () => {
    expect(shape(edits.renameBlock(model(), 2, 'Energie en warmte'))[1][0]).toEqual('Energie en warmte');
    expect(shape(edits.shiftBlock(model(), 2, 'up')).map((b) => b[0])).toEqual(['energie', 'wonen']);
    expect(shape(edits.mergeBlock(model(), 2, 1))).toEqual([['wonen', [11, 12, 13, 21]]]);
    const split = edits.splitBlock(model(), 1, 12, 'wonen (deel 2)');
    expect(shape(split)).toEqual([['wonen', [11]], ['wonen (deel 2)', [12, 13]], ['energie', [21]]]);
    expect(split.blocks.map((b) => b.number)).toEqual([1, 3, 2]);
    expect(refusal(() => edits.splitBlock(model(), 1, 11, 'x'))).toEqual({ key: 'agenda.refused.splitFirst', field: 'atCase' });
    expect(refusal(() => edits.mergeBlock(model(), 1, 1))).toEqual({ key: 'agenda.refused.mergeSelf', field: 'into' });
  });

  it('adds blocks and removes only empty ones', () => {
    const added = edits.addBlock(model(), 'Vragen uit de groep');
    expect(added.blocks.map((b) => [b.number, b.label])).toEqual([[1, 'wonen'], [2, 'energie'], [3, 'Vragen uit de groep']]);
    expect(shape(edits.removeBlock(added, 3)).length).toEqual(2);
    expect(refusal(() => edits.removeBlock(model(), 2)).key).toEqual('agenda.refused.blockNotEmpty');
  });

  it('refuses settings with a minimum above the maximum', () => {
    const settings = { openingMinutes: 10, closingMinutes: 10, minMinutesPerCase: 40, maxMinutesPerCase: 30, tables: 'auto' as const };
    expect(refusal(() => edits.setSettings(model(), settings, ['', '', '', '']))).toEqual({ key: 'agenda.refused.minAboveMax', field: 'maxMinutesPerCase' });
    expect(edits.setSettings(model(), { ...settings, maxMinutesPerCase: 45 }, [' Grote zaal ', '', '', '']).rooms).toEqual(['Grote zaal', '', '', '']);
  });

  it('keeps breaks in time order', () => {
    let m = edits.setBreak(model(), null, { startMinute: 150, minutes: 15 });
    m = edits.setBreak(m, null, { startMinute: 60, minutes: 10 });
    expect(m.breaks).toEqual([{ startMinute: 60, minutes: 10 }, { startMinute: 150, minutes: 15 }]);
    expect(edits.setBreak(m, 1, { startMinute: 30, minutes: 10 }).breaks).toEqual([{ startMinute: 30, minutes: 10 }, { startMinute: 60, minutes: 10 }]);
    expect(edits.removeBreak(m, 0).breaks).toEqual([{ startMinute: 150, minutes: 15 }]);
    expect(refusal(() => edits.removeBreak(m, 5)).key).toEqual('agenda.refused.breakGone');
  });
});
