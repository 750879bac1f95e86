import { BLOCK_SHARES, Kind } from './features';
import { SparseVector } from './vectors';

/** Smoothed, so a word in every case still counts a little and unseen words do not divide by 0. */
export function inverseDocFreq(docFreq: Int32Array, docs: number): Float64Array {
  const idf = new Float64Array(docFreq.length);
  for (let i = 0; i < docFreq.length; i++) idf[i] = Math.log((docs + 1) / (docFreq[i] + 1)) + 1;
  return idf;
}

/**
 * Adds up feature amounts for one text at a time: a reusable dense scratch plus the list of
 * touched ids, so a text of a thousand features costs no map and no garbage.
 */
export class Accumulator {
  private scratch = new Float64Array(1024);
  private touched = new Int32Array(256);
  private count = 0;

  add(id: number, amount: number): void {
    if (amount === 0) return;
    if (id >= this.scratch.length) this.scratch = grown(this.scratch, id + 1);
    if (this.scratch[id] === 0) {
      if (this.count === this.touched.length) this.touched = grown(this.touched, this.count + 1);
      this.touched[this.count++] = id;
    }
    this.scratch[id] += amount;
  }

  /** The term frequencies so far, sorted by id; resets for the next text. */
  take(): SparseVector {
    const idx = this.touched.slice(0, this.count).sort();
    const val = new Float64Array(idx.length);
    for (let i = 0; i < idx.length; i++) {
      val[i] = this.scratch[idx[i]];
      this.scratch[idx[i]] = 0;
    }
    this.count = 0;
    return { idx, val };
  }
}

function grown<T extends Float64Array | Int32Array>(array: T, atLeast: number): T {
  const bigger = new (array.constructor as new (length: number) => T)(Math.max(atLeast, array.length * 2));
  bigger.set(array);
  return bigger;
}

/**
 * Sublinear term frequency (a word used ten times is not ten times as telling) times idf; each
 * block scaled to its share of the length, then the whole to unit length.
 */
export function weigh(tf: SparseVector, idf: Float64Array, kinds: Kind[]): SparseVector {
  const val = new Float64Array(tf.val.length);
  const blockNorms = [0, 0, 0];
  for (let i = 0; i < val.length; i++) {
    const id = tf.idx[i];
    val[i] = Math.log1p(tf.val[i]) * idf[id];
    blockNorms[kinds[id]] += val[i] * val[i];
  }
  const factors = blockNorms.map((n, kind) => (n > 0 ? Math.sqrt(BLOCK_SHARES[kind as Kind] / n) : 0));
  let total = 0;
  for (let i = 0; i < val.length; i++) {
    val[i] *= factors[kinds[tf.idx[i]]];
    total += val[i] * val[i];
  }
  const scale = total > 0 ? 1 / Math.sqrt(total) : 0;
  for (let i = 0; i < val.length; i++) val[i] *= scale;
  return { idx: tf.idx, val };
}
