import { AgendaBlockModel, AgendaBreakModel, AgendaItemModel, AgendaModel, AgendaSettings, cloneModel, findBlock, nextBlockNumber } from './agenda-model';
import { EditRefusal } from './edit-refusal';

/*
 * The trainer's changes to an agenda, as pure functions: each takes a model and returns a new
 * one, or throws an EditRefusal saying why not. No case is ever dropped: a case leaves a block
 * only to go to another block or to the left-out list.
 */

export type Direction = 'up' | 'down';

/** A case placed by hand: the proposal's explanation no longer applies. */
function placedByHand(item: AgendaItemModel): AgendaItemModel {
  return { ...item, confidence: null, because: [] };
}

function blockOrRefuse(model: AgendaModel, number: number): AgendaBlockModel {
  const block = findBlock(model, number);
  if (!block) throw new EditRefusal('agenda.refused.blockGone');
  return block;
}

/** Takes a case out of wherever it is; a submitted case the agenda does not know yet comes in new. */
function takeCase(model: AgendaModel, caseId: number, placeable: ReadonlySet<number>): { item: AgendaItemModel; from: number | null } {
  for (const block of model.blocks) {
    const index = block.items.findIndex((i) => i.caseId === caseId);
    if (index >= 0) return { item: block.items.splice(index, 1)[0], from: block.number };
  }
  const left = model.leftOut.findIndex((i) => i.caseId === caseId);
  if (left >= 0) {
    const { reason: _reason, ...item } = model.leftOut.splice(left, 1)[0];
    return { item, from: null };
  }
  if (!placeable.has(caseId)) throw new EditRefusal('agenda.refused.caseGone');
  return { item: { caseId, minutes: null, confidence: null, because: [] }, from: null };
}

/** Moves a case into a block, before the case at `position` (1 is first), or at the end. */
export function moveCase(model: AgendaModel, caseId: number, toBlock: number, position: number | null, placeable: ReadonlySet<number>): AgendaModel {
  // "Move to the block it is in" without a place, as a form without scripts sends it, is no change.
  if (position === null && findBlock(model, toBlock)?.items.some((i) => i.caseId === caseId)) return model;
  const next = cloneModel(model);
  const target = blockOrRefuse(next, toBlock);
  const { item, from } = takeCase(next, caseId, placeable);
  const placed = from === toBlock ? item : placedByHand(item);
  const at = position === null ? target.items.length : Math.min(Math.max(position - 1, 0), target.items.length);
  target.items.splice(at, 0, placed);
  return next;
}

/** One place up or down within its block; at the edge nothing changes. */
export function shiftCase(model: AgendaModel, caseId: number, direction: Direction): AgendaModel {
  const next = cloneModel(model);
  const block = next.blocks.find((b) => b.items.some((i) => i.caseId === caseId));
  if (!block) throw new EditRefusal('agenda.refused.caseNotInBlock');
  swap(block.items, block.items.findIndex((i) => i.caseId === caseId), direction);
  return next;
}

/** The case's own time, within the trainer's minimum and maximum; null gives it the even share. */
export function setCaseMinutes(model: AgendaModel, caseId: number, minutes: number | null): AgendaModel {
  const next = cloneModel(model);
  const item = [...next.blocks.flatMap((b) => b.items), ...next.leftOut].find((i) => i.caseId === caseId);
  if (!item) throw new EditRefusal('agenda.refused.caseGone');
  const { minMinutesPerCase: min, maxMinutesPerCase: max } = next.settings;
  if (minutes !== null && (minutes < min || minutes > max)) throw new EditRefusal('agenda.refused.minutesRange', { min, max }, 'minutes');
  item.minutes = minutes;
  return next;
}

export function leaveOut(model: AgendaModel, caseId: number, reason: string, placeable: ReadonlySet<number>): AgendaModel {
  const next = cloneModel(model);
  const { item } = takeCase(next, caseId, placeable);
  next.leftOut.push({ ...placedByHand(item), reason });
  return next;
}

export function renameBlock(model: AgendaModel, number: number, label: string): AgendaModel {
  const next = cloneModel(model);
  blockOrRefuse(next, number).label = label;
  return next;
}

export function shiftBlock(model: AgendaModel, number: number, direction: Direction): AgendaModel {
  const next = cloneModel(model);
  blockOrRefuse(next, number);
  swap(next.blocks, next.blocks.findIndex((b) => b.number === number), direction);
  return next;
}

/** The cases of one block go to the end of another; the emptied block goes. */
export function mergeBlock(model: AgendaModel, number: number, into: number): AgendaModel {
  if (number === into) throw new EditRefusal('agenda.refused.mergeSelf', {}, 'into');
  const next = cloneModel(model);
  const source = blockOrRefuse(next, number);
  blockOrRefuse(next, into).items.push(...source.items.map(placedByHand));
  next.blocks = next.blocks.filter((b) => b.number !== number);
  return next;
}

/** A new block right after this one, starting at the given case; the trainer names it. */
export function splitBlock(model: AgendaModel, number: number, atCaseId: number, label: string): AgendaModel {
  const next = cloneModel(model);
  const block = blockOrRefuse(next, number);
  const at = block.items.findIndex((i) => i.caseId === atCaseId);
  if (at < 0) throw new EditRefusal('agenda.refused.caseNotInBlock', {}, 'atCase');
  if (at === 0) throw new EditRefusal('agenda.refused.splitFirst', {}, 'atCase');
  const split: AgendaBlockModel = { number: nextBlockNumber(next), label, themeId: block.themeId, items: block.items.splice(at) };
  next.blocks.splice(next.blocks.indexOf(block) + 1, 0, split);
  return next;
}

export function addBlock(model: AgendaModel, label: string): AgendaModel {
  const next = cloneModel(model);
  next.blocks.push({ number: nextBlockNumber(next), label, themeId: null, items: [] });
  return next;
}

/** Only an empty block: its cases must first go somewhere, so none is lost. */
export function removeBlock(model: AgendaModel, number: number): AgendaModel {
  const next = cloneModel(model);
  if (blockOrRefuse(next, number).items.length > 0) throw new EditRefusal('agenda.refused.blockNotEmpty');
  next.blocks = next.blocks.filter((b) => b.number !== number);
  return next;
}

export function setSettings(model: AgendaModel, settings: AgendaSettings, rooms: string[]): AgendaModel {
  if (settings.minMinutesPerCase > settings.maxMinutesPerCase) {
    throw new EditRefusal('agenda.refused.minAboveMax', { min: settings.minMinutesPerCase }, 'maxMinutesPerCase');
  }
  const next = cloneModel(model);
  next.settings = { ...settings };
  next.rooms = rooms.map((r) => r.trim());
  return next;
}

/** Adds a break (index null) or changes one; breaks stay in time order. */
export function setBreak(model: AgendaModel, index: number | null, value: AgendaBreakModel): AgendaModel {
  const next = cloneModel(model);
  if (index === null) next.breaks.push({ ...value });
  else if (next.breaks[index]) next.breaks[index] = { ...value };
  else throw new EditRefusal('agenda.refused.breakGone');
  next.breaks.sort((a, b) => a.startMinute - b.startMinute);
  return next;
}

export function removeBreak(model: AgendaModel, index: number): AgendaModel {
  const next = cloneModel(model);
  if (!next.breaks[index]) throw new EditRefusal('agenda.refused.breakGone');
  next.breaks.splice(index, 1);
  return next;
}

function swap<T>(list: T[], index: number, direction: Direction): void {
  const other = direction === 'up' ? index - 1 : index + 1;
  if (index < 0 || other < 0 || other >= list.length) return;
  [list[index], list[other]] = [list[other], list[index]];
}
