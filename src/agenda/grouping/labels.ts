import { Corpus } from './corpus';

const LABEL_WORDS = 3;

/**
 * The most telling words of a group: words weighing more in the group's cases than in the other
 * cases, used by at least two of its cases when it has two or more (one author's pet word does
 * not name a group). Shown as the word most often written for the stem, not the stem itself.
 */
export function telltaleWords(corpus: Corpus, members: number[], count = LABEL_WORDS): string[] {
  const inside = new Map<number, { weight: number; cases: number }>();
  for (const c of members) {
    const v = corpus.vectors[c];
    for (let i = 0; i < v.idx.length; i++) {
      const id = v.idx[i];
      if (!corpus.stems[id] || !corpus.topical[id]) continue;
      const entry = inside.get(id) ?? { weight: 0, cases: 0 };
      entry.weight += v.val[i];
      entry.cases += 1;
      inside.set(id, entry);
    }
  }
  const outsideCount = corpus.vectors.length - members.length;
  const totals = featureTotals(corpus);
  const scored = [...inside.entries()].map(([id, { weight, cases }]) => {
    const outside = outsideCount > 0 ? (totals[id] - weight) / outsideCount : 0;
    return { id, cases, score: weight / members.length - outside };
  });
  const shared = scored.filter((s) => s.cases >= 2);
  const pool = members.length >= 2 && shared.length >= count ? shared : scored;
  pool.sort((a, b) => b.score - a.score || a.id - b.id);
  return pickDistinct(pool.map((s) => corpus.display(s.id)), count);
}

const totalsByCorpus = new WeakMap<Corpus, Float64Array>();

/** Sum of each feature's weight over all cases, worked out once per corpus. */
function featureTotals(corpus: Corpus): Float64Array {
  let totals = totalsByCorpus.get(corpus);
  if (!totals) {
    totals = new Float64Array(corpus.stems.length);
    for (const v of corpus.vectors) for (let i = 0; i < v.idx.length; i++) totals[v.idx[i]] += v.val[i];
    totalsByCorpus.set(corpus, totals);
  }
  return totals;
}

/** Skips a word already said by another ("zonnepanelen" makes "panelen" redundant). */
function pickDistinct(words: string[], count: number): string[] {
  const picked: string[] = [];
  for (const word of words) {
    if (picked.some((p) => p.includes(word) || word.includes(p))) continue;
    picked.push(word);
    if (picked.length === count) break;
  }
  return picked;
}

/** "Zonnepanelen, energie, isolatie": the first word capitalised, as a heading reads. */
export function labelOf(words: string[]): string {
  const text = words.join(', ');
  return text ? text[0].toLocaleUpperCase('nl') + text.slice(1) : '';
}
