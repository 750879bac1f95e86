import { centroidsOf, groupCount, kMeans } from './cluster';
import { Corpus } from './corpus';
import { fittingWords, listWords, median, round2 } from './explain';
import { labelOf, telltaleWords } from './labels';
import { addInto, dotDense } from './vectors';

export interface Cluster {
  label: string;
  members: number[];
  /** Per member: confidence and reasons. */
  placements: Map<number, { confidence: number; because: string[] }>;
}

/**
 * Groups without a theme list. Cases whose text has no content words at all cannot be compared
 * and are left to the caller's "Overige casussen".
 */
export function clusterByText(corpus: Corpus, usable: number[]): Cluster[] {
  const vectors = usable.map((c) => corpus.vectors[c]);
  const k = groupCount(usable.length);
  const groups = kMeans(vectors, corpus.stems.length, k);
  const members: number[][] = Array.from({ length: k }, () => []);
  groups.forEach((g, i) => members[g].push(usable[i]));
  const filled = members.filter((m) => m.length > 0);
  const fits = fitOfMembers(corpus, filled);
  const typical = median([...fits.values()].map((f) => f.own).filter((x) => x > 0)) || 1;

  return filled.map((group) => {
    const words = telltaleWords(corpus, group);
    const placements = new Map<number, { confidence: number; because: string[] }>();
    for (const c of group) {
      const fit: Fit = fits.get(c) ?? { own: 0, other: 0 };
      const because = ['Geen themalijst: ingedeeld naar de tekst van de casussen'];
      const shared = fittingWords(corpus, c, contributions(corpus, c, fit.ownSum));
      if (shared.length) because.push(`Woorden die de casus deelt met deze groep: ${listWords(shared)}`);
      if (group.length === 1) because.push('Lijkt op geen van de andere casussen genoeg om samen te gaan');
      const margin = fit.own > 0 ? Math.max(0, fit.own - fit.other) / fit.own : 0;
      const strength = Math.min(1, fit.own / typical);
      placements.set(c, { confidence: round2(Math.min(0.95, strength * (0.4 + 0.6 * margin))), because });
    }
    return { label: labelOf(words), members: group, placements };
  });
}

interface Fit {
  /** Similarity to the case's own group without the case itself. */
  own: number;
  /** Similarity to the nearest other group. */
  other: number;
  ownSum?: Float64Array;
}

function fitOfMembers(corpus: Corpus, groups: number[][]): Map<number, Fit> {
  const dims = corpus.stems.length;
  const sums = groups.map((g) => {
    const sum = new Float64Array(dims);
    for (const c of g) addInto(sum, corpus.vectors[c], 1);
    return sum;
  });
  const units = centroidsOf(
    groups.flat().map((c) => corpus.vectors[c]),
    groups.flatMap((g, i) => g.map(() => i)),
    dims,
    groups.length,
  );
  const fits = new Map<number, Fit>();
  groups.forEach((g, gi) => {
    let sumNorm2 = 0;
    for (let i = 0; i < dims; i++) sumNorm2 += sums[gi][i] * sums[gi][i];
    for (const c of g) {
      const v = corpus.vectors[c];
      const d = dotDense(v, sums[gi]);
      const rest2 = sumNorm2 - 2 * d + 1;
      const own = rest2 > 1e-9 ? Math.max(0, (d - 1) / Math.sqrt(rest2)) : 0;
      let other = 0;
      units.forEach((u, ui) => {
        if (ui !== gi) other = Math.max(other, dotDense(v, u));
      });
      fits.set(c, { own, other, ownSum: sums[gi] });
    }
  });
  return fits;
}

/** Word features the case shares with its group, the case's own share taken out. */
function contributions(corpus: Corpus, c: number, sum: Float64Array | undefined): { id: number; weight: number }[] {
  if (!sum) return [];
  const v = corpus.vectors[c];
  const out: { id: number; weight: number }[] = [];
  for (let i = 0; i < v.idx.length; i++) {
    const weight = v.val[i] * (sum[v.idx[i]] - v.val[i]);
    if (weight > 1e-12 && corpus.stems[v.idx[i]]) out.push({ id: v.idx[i], weight });
  }
  return out.sort((a, b) => b.weight - a.weight || a.id - b.id);
}
