import { buildThreads, flattenThreads, ThreadItem } from './comment-thread';

const at = new Date('2030-09-25T10:00:00Z');
const item = (id: number, parentId: number | null, deleted = false): ThreadItem => ({ id, parentId, deletedAt: deleted ? at : null });
const shape = (items: ThreadItem[]) => flattenThreads(buildThreads(items)).map((n) => `${'  '.repeat(n.depth)}${n.item.id}`);

describe('buildThreads', () => {
  it('puts replies under what they answer, in the order written, at any depth', () => {
    expect(shape([item(1, null), item(2, null), item(3, 1), item(4, 3), item(5, 1), item(6, 4)])).toEqual(['1', '  3', '    4', '      6', '  5', '2']);
  });

  it('keeps a deleted comment as a placeholder only while something under it is shown', () => {
    expect(shape([item(1, null, true), item(2, 1), item(3, null, true), item(4, 3, true)])).toEqual(['1', '  2']);
    expect(shape([item(1, null), item(2, 1, true), item(3, 2, true), item(4, 3)])).toEqual(['1', '  2', '    3', '      4']);
  });

  it('leaves out replies whose thread is not shown', () => {
    expect(shape([item(1, null), item(3, 2), item(4, 3)])).toEqual(['1']);
  });
});
