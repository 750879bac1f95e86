import { MINUTE, Part } from './frame';
import { UnscheduledReason } from './types';

/** A case to plan, with its block and, if the trainer set one, its own minutes. */
export interface Item {
  caseId: string;
  block: number;
  fixed?: number;
}

export interface Placed {
  caseId: string;
  block: number;
  part: number;
  start: number;
  end: number;
  minutes: number;
}

export interface TablePlan {
  placed: Placed[];
  unplaced: { item: Item; reason: UnscheduledReason }[];
}

/**
 * Plans one table's cases in their order, one after another. A case never spans a break: when
 * it does not fit before the break it starts right after it, so a block may continue after the
 * break. A case that fits in no part left is not planned, and the ones after it still get their
 * chance.
 */
export function packTable(items: Item[], parts: Part[], minutes: number): TablePlan {
  const plan: TablePlan = { placed: [], unplaced: [] };
  const longest = Math.max(0, ...parts.map((p) => p.end - p.start));
  let part = 0;
  let cursor = parts[0]?.start ?? 0;
  for (const item of items) {
    const length = (item.fixed ?? minutes) * MINUTE;
    const fitsIn = firstFit(parts, part, cursor, length);
    if (fitsIn < 0) {
      plan.unplaced.push({ item, reason: length > longest ? 'longer-than-part' : 'no-time' });
      continue;
    }
    if (fitsIn !== part) [part, cursor] = [fitsIn, parts[fitsIn].start];
    const start = cursor;
    cursor += length;
    plan.placed.push({ caseId: item.caseId, block: item.block, part, start, end: cursor, minutes: length / MINUTE });
  }
  return plan;
}

function firstFit(parts: Part[], from: number, cursor: number, length: number): number {
  for (let p = from; p < parts.length; p++) {
    const start = p === from ? cursor : parts[p].start;
    if (start + length <= parts[p].end) return p;
  }
  return -1;
}

/**
 * Shares blocks over tables, each whole block at one table: every block in turn goes to the
 * table with the least planned time so far (the lowest number on a tie), so the agenda order
 * holds at every table.
 */
export function shareBlocks(blockItems: Item[][], tables: number, minutes: number): Item[][] {
  const shared: Item[][] = Array.from({ length: tables }, () => []);
  const load = new Array<number>(tables).fill(0);
  for (const items of blockItems) {
    let table = 0;
    for (let t = 1; t < tables; t++) if (load[t] < load[table]) table = t;
    shared[table].push(...items);
    load[table] += items.reduce((sum, item) => sum + (item.fixed ?? minutes), 0);
  }
  return shared;
}

/** How many cases go unplanned when every case gets `minutes` (or its own time). */
export function unplacedCount(tables: Item[][], parts: Part[], minutes: number): number {
  return tables.reduce((sum, items) => sum + packTable(items, parts, minutes).unplaced.length, 0);
}

/**
 * The even share: the most minutes per case, within min..max, at which every case fits; fewer
 * minutes never make a case fit worse, so the first that fits from the top is the one. When
 * not all fit even at the minimum, the minimum.
 */
export function evenShare(tables: Item[][], parts: Part[], min: number, max: number): number {
  for (let minutes = max; minutes > min; minutes--) {
    if (unplacedCount(tables, parts, minutes) === 0) return minutes;
  }
  return min;
}
