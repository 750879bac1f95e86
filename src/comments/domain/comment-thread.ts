/*
 * Comments as threads: each reply under the comment it answers, in the order written. A
 * deleted comment disappears, unless something under it is still shown: then it stays as a
 * placeholder, so the replies keep their place and their meaning.
 */

export interface ThreadItem {
  id: number;
  parentId: number | null;
  deletedAt: Date | null;
}

export interface ThreadNode<T> {
  item: T;
  /** 0 for a comment on the case, 1 for a reply to it, and so on. */
  depth: number;
  replies: ThreadNode<T>[];
}

/**
 * Builds the threads from comments in the order they were written. A reply whose parent is
 * not among the items is left out: the thread it belongs to is not shown to this person.
 */
export function buildThreads<T extends ThreadItem>(items: readonly T[]): ThreadNode<T>[] {
  const children = new Map<number | null, T[]>();
  const present = new Set(items.map((item) => item.id));
  for (const item of items) {
    if (item.parentId !== null && !present.has(item.parentId)) continue;
    const siblings = children.get(item.parentId) ?? [];
    siblings.push(item);
    children.set(item.parentId, siblings);
  }
  const grow = (parentId: number | null, depth: number): ThreadNode<T>[] =>
    (children.get(parentId) ?? [])
      .map((item) => ({ item, depth, replies: grow(item.id, depth + 1) }))
      .filter((node) => !node.item.deletedAt || node.replies.length > 0);
  return grow(null, 0);
}

/** Every node of the threads, depth first, in reading order. */
export function flattenThreads<T>(threads: readonly ThreadNode<T>[]): ThreadNode<T>[] {
  return threads.flatMap((node) => [node, ...flattenThreads(node.replies)]);
}
