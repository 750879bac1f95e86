import { Corpus, vectorizeAgainst } from './corpus';
import { Theme } from './themes';
import { addInto, cosine, denseNormSquared, dotDense, norm, SparseVector } from './vectors';

/**
 * How well each case's text fits each theme. A theme is pictured two ways, and the score blends
 * them:
 * - its centroid: the cases whose authors picked it (a case with two themes counts half for
 *   each) plus the theme's own words (name, description, keywords) counting as one case;
 * - its nearest member: the most similar single case that picked it, which helps broad themes
 *   whose cases share little with each other ("samenwerking met maatschappelijke organisaties").
 * A case is never compared with itself: its own share is taken out of the centroid, so an
 * author's pick does not prove itself.
 */
export interface ThemeScores {
  /** score[case][theme], 0..1. */
  score: number[][];
  /** For explanations: the centroid of a theme as seen from a case (without that case). */
  contributions(caseIndex: number, theme: number): { id: number; weight: number }[];
  /** The most similar case that picked the theme, when neighbours were compared. */
  nearestMember(caseIndex: number, theme: number): number | undefined;
}

/** The theme's own words weigh as much as one case. */
const THEME_WORDS_WEIGHT = 1;
const CENTROID_SHARE = 0.6;
/** Comparing every pair costs n²; above this many cases the centroid alone decides. */
export const NEIGHBOUR_LIMIT = 400;

export function scoreThemes(corpus: Corpus, themes: Theme[], picked: number[][]): ThemeScores {
  const vectors = corpus.vectors;
  const sums = themes.map((theme) => {
    const sum = new Float64Array(corpus.stems.length);
    addInto(sum, vectorizeAgainst(corpus, theme.words), THEME_WORDS_WEIGHT);
    return sum;
  });
  picked.forEach((themeIndexes, c) => {
    for (const t of themeIndexes) addInto(sums[t], vectors[c], 1 / themeIndexes.length);
  });
  const sumNorms = sums.map(denseNormSquared);
  const share = (c: number, t: number): number => (picked[c].includes(t) ? 1 / picked[c].length : 0);

  const centroid = (c: number, t: number): number => {
    const v = vectors[c];
    const self = norm(v) ** 2;
    const own = share(c, t);
    const d = dotDense(v, sums[t]);
    const length2 = sumNorms[t] - 2 * own * d + own * own * self;
    return length2 > 1e-12 ? clamp01((d - own * self) / Math.sqrt(length2)) : 0;
  };

  const neighbours = vectors.length <= NEIGHBOUR_LIMIT ? nearestMembers(vectors, themes.length, picked) : undefined;
  const score = vectors.map((_, c) =>
    themes.map((_t, t) => {
      const central = centroid(c, t);
      const near = neighbours?.[c][t];
      return near ? CENTROID_SHARE * central + (1 - CENTROID_SHARE) * near.similarity : central;
    }),
  );

  return {
    score,
    contributions: (c, t) => {
      const v = vectors[c];
      const own = share(c, t);
      const out: { id: number; weight: number }[] = [];
      for (let i = 0; i < v.idx.length; i++) {
        const id = v.idx[i];
        const weight = v.val[i] * (sums[t][id] - own * v.val[i]);
        if (weight > 0 && corpus.stems[id]) out.push({ id, weight });
      }
      return out.sort((a, b) => b.weight - a.weight || a.id - b.id);
    },
    nearestMember: (c, t) => neighbours?.[c][t]?.index,
  };
}

type Nearest = { index: number; similarity: number } | undefined;

/** For each case and theme, the most similar other case that picked that theme. */
function nearestMembers(vectors: SparseVector[], themeCount: number, picked: number[][]): Nearest[][] {
  const nearest: Nearest[][] = vectors.map(() => new Array<Nearest>(themeCount).fill(undefined));
  for (let a = 0; a < vectors.length; a++) {
    for (let b = a + 1; b < vectors.length; b++) {
      if (picked[a].length === 0 && picked[b].length === 0) continue;
      const similarity = cosine(vectors[a], vectors[b]);
      for (const t of picked[b]) keepBest(nearest[a], t, b, similarity);
      for (const t of picked[a]) keepBest(nearest[b], t, a, similarity);
    }
  }
  return nearest;
}

function keepBest(row: Nearest[], theme: number, index: number, similarity: number): void {
  const current = row[theme];
  if (!current || similarity > current.similarity) row[theme] = { index, similarity };
}

function clamp01(x: number): number {
  return Math.max(0, Math.min(1, x));
}
