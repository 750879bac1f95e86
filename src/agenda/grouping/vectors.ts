/**
 * Sparse vectors: sorted feature ids with their weights. Texts have a few hundred distinct
 * features out of tens of thousands, so dot products walk only the non-zero entries.
 */
export interface SparseVector {
  idx: Int32Array;
  val: Float64Array;
}

export const EMPTY_VECTOR: SparseVector = { idx: new Int32Array(0), val: new Float64Array(0) };

/** A vector from feature weights; ids need not be sorted. */
export function sparseFrom(weights: Map<number, number>): SparseVector {
  const ids = [...weights.keys()].sort((a, b) => a - b);
  const idx = new Int32Array(ids.length);
  const val = new Float64Array(ids.length);
  ids.forEach((id, i) => {
    idx[i] = id;
    val[i] = weights.get(id) ?? 0;
  });
  return { idx, val };
}

export function norm(v: SparseVector): number {
  let sum = 0;
  for (let i = 0; i < v.val.length; i++) sum += v.val[i] * v.val[i];
  return Math.sqrt(sum);
}

export function scaled(v: SparseVector, factor: number): SparseVector {
  const val = new Float64Array(v.val.length);
  for (let i = 0; i < val.length; i++) val[i] = v.val[i] * factor;
  return { idx: v.idx, val };
}

/** Unit length, or the empty vector when there is nothing to scale. */
export function normalized(v: SparseVector): SparseVector {
  const length = norm(v);
  return length > 0 ? scaled(v, 1 / length) : EMPTY_VECTOR;
}

export function dot(a: SparseVector, b: SparseVector): number {
  let i = 0;
  let j = 0;
  let sum = 0;
  while (i < a.idx.length && j < b.idx.length) {
    const x = a.idx[i];
    const y = b.idx[j];
    if (x === y) sum += a.val[i++] * b.val[j++];
    else if (x < y) i++;
    else j++;
  }
  return sum;
}

export function dotDense(a: SparseVector, dense: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < a.idx.length; i++) sum += a.val[i] * dense[a.idx[i]];
  return sum;
}

export function addInto(dense: Float64Array, v: SparseVector, factor: number): void {
  for (let i = 0; i < v.idx.length; i++) dense[v.idx[i]] += v.val[i] * factor;
}

export function denseNormSquared(dense: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < dense.length; i++) sum += dense[i] * dense[i];
  return sum;
}

/** Cosine similarity of two unit vectors, clamped against rounding. */
export function cosine(a: SparseVector, b: SparseVector): number {
  return Math.max(0, Math.min(1, dot(a, b)));
}
