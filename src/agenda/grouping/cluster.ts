import { addInto, dot, dotDense, SparseVector } from './vectors';
import { seededRandom } from '../../common/random/seeded-random';

/**
 * Groups cases by their text alone, for an edition without a theme list: spherical k-means
 * (cosine similarity to normalised centroids) started several times with k-means++ seeds from a
 * fixed-seed generator, keeping the tightest result. It needs n·k similarities per round rather
 * than the n² of hierarchical clustering, so 2,000 cases stay fast, and it tends to give groups
 * of similar size, which is what an agenda wants.
 */

/** round(√(n/2)), at least 2 and at most 7 groups, never more groups than cases. */
export function groupCount(n: number): number {
  return Math.min(n, Math.max(2, Math.min(7, Math.round(Math.sqrt(n / 2)))));
}

const MAX_ROUNDS = 30;
const SEED = 0x5eed;
/**
 * Above this many cases the restarts run on an evenly spread sample of this size, and the best
 * sample grouping seeds one run over all cases: the restarts then cost the same for 2,000 cases
 * as for 300.
 */
const SAMPLE = 300;

export function kMeans(vectors: SparseVector[], dims: number, k: number): number[] {
  if (k <= 1 || vectors.length <= 1) return vectors.map(() => 0);
  if (vectors.length <= SAMPLE) return bestOfRestarts(vectors, dims, k);
  const step = vectors.length / SAMPLE;
  const sample = Array.from({ length: SAMPLE }, (_, i) => vectors[Math.floor(i * step)]);
  const sampleGroups = bestOfRestarts(sample, dims, k);
  return refine(vectors, dims, centroidsOf(sample, sampleGroups, dims, k)).groups;
}

function bestOfRestarts(vectors: SparseVector[], dims: number, k: number): number[] {
  const runs = vectors.length <= 100 ? 10 : 5;
  const random = seededRandom(SEED);
  let best: { groups: number[]; fit: number } | undefined;
  for (let run = 0; run < runs; run++) {
    const seedCentroids = seeds(vectors, k, random).map((i) => {
      const c = new Float64Array(dims);
      addInto(c, vectors[i], 1);
      return c;
    });
    const result = refine(vectors, dims, seedCentroids);
    if (!best || result.fit > best.fit + 1e-9) best = result;
  }
  return best?.groups ?? vectors.map(() => 0);
}

/** k-means++: each next seed is drawn with chance growing with its distance to the seeds so far. */
function seeds(vectors: SparseVector[], k: number, random: () => number): number[] {
  const chosen = [Math.floor(random() * vectors.length)];
  const distance = vectors.map((v) => 1 - dot(v, vectors[chosen[0]]));
  while (chosen.length < k) {
    const weights = distance.map((d, i) => (chosen.includes(i) ? 0 : Math.max(0, d) ** 2));
    const total = weights.reduce((a, b) => a + b, 0);
    let next = -1;
    if (total > 0) {
      let target = random() * total;
      next = weights.findIndex((w) => (target -= w) <= 0 && w > 0);
    }
    if (next < 0) next = distance.findIndex((_, i) => !chosen.includes(i));
    chosen.push(next);
    vectors.forEach((v, i) => {
      distance[i] = Math.min(distance[i], 1 - dot(v, vectors[next]));
    });
  }
  return chosen;
}

function refine(vectors: SparseVector[], dims: number, start: Float64Array[]): { groups: number[]; fit: number } {
  const k = start.length;
  let centroids = start;
  const groups = new Array<number>(vectors.length).fill(-1);
  const fits = new Float64Array(vectors.length);
  for (let round = 0; round < MAX_ROUNDS; round++) {
    let changed = false;
    vectors.forEach((v, i) => {
      let group = 0;
      let fit = dotDense(v, centroids[0]);
      for (let g = 1; g < k; g++) {
        const s = dotDense(v, centroids[g]);
        if (s > fit) [group, fit] = [g, s];
      }
      fits[i] = fit;
      if (groups[i] !== group) [groups[i], changed] = [group, true];
    });
    fillEmptyGroups(groups, fits, k);
    centroids = centroidsOf(vectors, groups, dims, k, round === 0 ? undefined : centroids);
    if (!changed) break;
  }
  return { groups, fit: vectors.reduce((sum, v, i) => sum + dotDense(v, centroids[groups[i]]), 0) };
}

/** A group left empty takes the case that fits its own group worst, so k groups remain. */
function fillEmptyGroups(groups: number[], fits: Float64Array, k: number): void {
  for (let g = 0; g < k; g++) {
    if (groups.includes(g)) continue;
    const sizes = new Array<number>(k).fill(0);
    for (const x of groups) sizes[x]++;
    let worst = -1;
    groups.forEach((x, i) => {
      if (sizes[x] > 1 && (worst < 0 || fits[i] < fits[worst])) worst = i;
    });
    if (worst >= 0) {
      groups[worst] = g;
      fits[worst] = 1;
    }
  }
}

/** Unit-length centroids; `reuse` lends the arrays of the previous round, to spare garbage. */
export function centroidsOf(
  vectors: SparseVector[],
  groups: number[],
  dims: number,
  k: number,
  reuse?: Float64Array[],
): Float64Array[] {
  const centroids = reuse ?? Array.from({ length: k }, () => new Float64Array(dims));
  for (const c of centroids) c.fill(0);
  vectors.forEach((v, i) => addInto(centroids[groups[i]], v, 1));
  for (const c of centroids) {
    let length = 0;
    for (let i = 0; i < c.length; i++) length += c[i] * c[i];
    length = Math.sqrt(length);
    if (length > 0) for (let i = 0; i < c.length; i++) c[i] /= length;
  }
  return centroids;
}
