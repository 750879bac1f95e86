import { fittingErrors } from './errors';
import { Frame, frameOf, MINUTE, Part, wholeMinutes } from './frame';
import { unscheduledMessage, warn } from './messages';
import { evenShare, Item, packTable, shareBlocks, unplacedCount } from './pack';
import { FittingInput, FittingResult, FittingWarning, ScheduledBlock, ScheduledCase, UnscheduledCase } from './types';

const DEFAULT_MIN = 10;
const DEFAULT_MAX = 30;
const MAX_TABLES = 4;

/**
 * Fits the blocks of meeting two into the afternoon: walk-in, opening, breaks and closing stay
 * fixed; the cases fill the time between them, each with the same whole number of minutes (as
 * many as fit, within the trainer's min and max) unless the trainer set a case's own time.
 *
 * Rules: a case never spans a break; a block may go on after one (and is marked so). A block
 * stays at one table. When the cases do not fit one after another, and the tables are left to
 * 'auto', blocks are shared over as few parallel tables as let every case have its minimum.
 * What still does not fit is listed, with its reason, never dropped.
 *
 * Throws AgendaFittingError (with a Dutch message) for input no agenda can come from.
 */
export function fitAgenda(input: FittingInput): FittingResult {
  const frame = frameOf(input);
  const min = wholeMinutes(input.minMinutesPerCase ?? DEFAULT_MIN, 'De minimale tijd per casus');
  const max = wholeMinutes(input.maxMinutesPerCase ?? DEFAULT_MAX, 'De maximale tijd per casus');
  if (min < 1) throw fittingErrors.invalidMinutes('De minimale tijd per casus');
  if (min > max) throw fittingErrors.minAboveMax(min, max);
  const tablesWanted = input.tables ?? 'auto';
  if (tablesWanted !== 'auto' && !(Number.isInteger(tablesWanted) && tablesWanted >= 1 && tablesWanted <= MAX_TABLES)) {
    throw fittingErrors.invalidTables(tablesWanted);
  }

  const warnings: FittingWarning[] = [];
  const blockItems = itemsOf(input, min, max, warnings).filter((items) => items.length > 0);
  const count = blockItems.reduce((sum, items) => sum + items.length, 0);
  if (count === 0) {
    warnings.push(warn.noCases());
    return { slots: frame.slots, tables: 1, minutesPerCase: null, blocks: [], unscheduled: [], warnings };
  }
  const longest = Math.max(0, ...frame.parts.map((p) => (p.end - p.start) / MINUTE));
  if (longest < min) throw fittingErrors.tooShort(Math.floor(longest), min);

  const tables = tablesWanted === 'auto' ? fewestTables(blockItems, frame.parts, min) : tablesWanted;
  const shared = shareBlocks(blockItems, tables, min);
  const minutes = evenShare(shared, frame.parts, min, max);
  return schedule(input, frame, shared, minutes, warnings, { tables, min });
}

/** The blocks' cases in order, each case once, own times kept within min..max. */
function itemsOf(input: FittingInput, min: number, max: number, warnings: FittingWarning[]): Item[][] {
  const seen = new Set<string>();
  return input.blocks.map((block, index) => {
    if (block.caseIds.length === 0) warnings.push(warn.emptyBlock(block.label));
    const items: Item[] = [];
    for (const caseId of block.caseIds) {
      if (seen.has(caseId)) {
        warnings.push(warn.duplicateCase(caseId));
        continue;
      }
      seen.add(caseId);
      const asked = block.durations?.[caseId];
      if (asked === undefined) {
        items.push({ caseId, block: index });
        continue;
      }
      const given = Math.min(max, Math.max(min, Number.isFinite(asked) ? Math.round(asked) : min));
      if (given !== asked) warnings.push(warn.durationAdjusted(caseId, asked, given, min, max));
      items.push({ caseId, block: index, fixed: given });
    }
    return items;
  });
}

/** The fewest tables at which every case gets at least its minimum; else the one that plans most. */
function fewestTables(blockItems: Item[][], parts: Part[], min: number): number {
  let best = { tables: 1, unplaced: Infinity };
  for (let tables = 1; tables <= Math.min(MAX_TABLES, blockItems.length); tables++) {
    const unplaced = unplacedCount(shareBlocks(blockItems, tables, min), parts, min);
    if (unplaced === 0) return tables;
    if (unplaced < best.unplaced) best = { tables, unplaced };
  }
  return best.tables;
}

function schedule(
  input: FittingInput,
  frame: Frame,
  shared: Item[][],
  minutes: number,
  warnings: FittingWarning[],
  { tables, min }: { tables: number; min: number },
): FittingResult {
  const blocks: ScheduledBlock[] = [];
  const unscheduled: UnscheduledCase[] = [];
  shared.forEach((items, t) => {
    const plan = packTable(items, frame.parts, minutes);
    for (const { item, reason } of plan.unplaced) {
      const label = input.blocks[item.block].label;
      unscheduled.push({ caseId: item.caseId, blockLabel: label, reason, message: unscheduledMessage(reason, item.fixed ?? minutes) });
    }
    const byBlock = new Map<number, typeof plan.placed>();
    for (const placed of plan.placed) byBlock.set(placed.block, [...(byBlock.get(placed.block) ?? []), placed]);
    for (const [index, placed] of byBlock) {
      const source = input.blocks[index];
      const cases: ScheduledCase[] = placed.map((p) => ({
        caseId: p.caseId,
        table: t + 1,
        start: new Date(p.start),
        end: new Date(p.end),
        minutes: p.minutes,
      }));
      const continuesAfterBreak = placed[0].part !== placed[placed.length - 1].part;
      if (continuesAfterBreak) warnings.push(warn.continuesAfterBreak(source.label));
      blocks.push({
        label: source.label,
        theme: source.theme ?? null,
        table: t + 1,
        start: cases[0].start,
        end: cases[cases.length - 1].end,
        continuesAfterBreak,
        cases,
      });
    }
  });
  // In agenda order: by start, then by table.
  blocks.sort((a, b) => a.start.getTime() - b.start.getTime() || a.table - b.table);
  if (tables > 1) warnings.push(warn.parallelTables(tables));
  if (unscheduled.length > 0) warnings.push(warn.tooManyCases(unscheduled.length, min, tables));
  return { slots: frame.slots, tables, minutesPerCase: minutes, blocks, unscheduled, warnings };
}
