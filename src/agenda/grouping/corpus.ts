import { WeighedWord, WordAnalysis, wordsOf } from './analyze';
import { FeatureSpec, featuresOf, Kind } from './features';
import { SparseVector } from './vectors';
import { Accumulator, inverseDocFreq, weigh } from './weighting';

/** TF-IDF vectors of the cases, with the word, n-gram and topic blocks of `features.ts`. */
const TITLE_WEIGHT = 2;
/**
 * Names of places, streets and projects ("Brederwijk", "de Molenweg") say where a case is, not
 * what it is about; two colleagues from one municipality should not be grouped for that alone.
 */
const NAME_WEIGHT = 0.25;

export interface Corpus {
  vectors: SparseVector[];
  /** Feature id → stem, or '' for an n-gram or topic feature (which no reader should see). */
  stems: string[];
  kinds: Kind[];
  /** Feature id → whether some text used it in a noun: only those name a subject in a label. */
  topical: boolean[];
  /** Feature id → in how many cases it occurs. */
  docFreq: Int32Array;
  /** Per case: feature id → how that case wrote the word (a compound shows whole). */
  caseSurfaces: Map<number, string>[];
  /** Feature id → the most used written form over all cases, preferring nouns, for labels. */
  display: (id: number) => string;
  /** Feature key → id. */
  lookup: Map<string, number>;
  idf: Float64Array;
}

type Interned = { ids: Int32Array; specs: FeatureSpec[] };

export function buildCorpus(cases: { title: string; text: string }[]): Corpus {
  const lookup = new Map<string, number>();
  const stems: string[] = [];
  const kinds: Kind[] = [];
  const topical: boolean[] = [];
  // Written forms per feature, nouns apart: a label shows "sluiting" rather than "sluiten".
  const nounForms = new Map<number, Map<string, number>>();
  const otherForms = new Map<number, Map<string, number>>();
  const texts = cases.map((c) => wordsOf(c.title, TITLE_WEIGHT).concat(wordsOf(c.text)));
  const names = namesIn(texts);

  // Feature ids are given per corpus in order of first use, so they do not depend on what was
  // grouped before; each distinct word is looked up once.
  const interned = new Map<WordAnalysis, Interned>();
  const intern = (analysis: WordAnalysis): Interned => {
    let known = interned.get(analysis);
    if (!known) {
      const specs = featuresOf(analysis, !names.has(analysis.stem));
      const ids = Int32Array.from(specs.map((spec) => idOf(spec)));
      interned.set(analysis, (known = { ids, specs }));
    }
    return known;
  };
  const idOf = (spec: FeatureSpec): number => {
    let id = lookup.get(spec.key);
    if (id === undefined) {
      id = stems.length;
      lookup.set(spec.key, id);
      stems.push(spec.kind === Kind.Word ? spec.key : '');
      kinds.push(spec.kind);
      topical.push(false);
    }
    return id;
  };

  const accumulator = new Accumulator();
  const tfs: SparseVector[] = [];
  const caseSurfaces = texts.map((words) => {
    const surfaces = new Map<number, string>();
    for (const word of words) {
      const { ids, specs } = intern(word.analysis);
      const weight = names.has(word.analysis.stem) ? word.weight * NAME_WEIGHT : word.weight;
      for (let i = 0; i < ids.length; i++) {
        accumulator.add(ids[i], weight * specs[i].amount);
        if (specs[i].kind !== Kind.Word) continue;
        if (!surfaces.has(ids[i])) surfaces.set(ids[i], word.surface);
        // A part shows as the compound it is most often part of, unless a text writes it alone.
        const isNoun = specs[i].part || word.analysis.topical;
        countForm(isNoun ? nounForms : otherForms, ids[i], word.surface, specs[i].part ? 0.01 : 1);
        if (isNoun) topical[ids[i]] = true;
      }
    }
    tfs.push(accumulator.take());
    return surfaces;
  });

  const docFreq = new Int32Array(stems.length);
  for (const tf of tfs) for (let i = 0; i < tf.idx.length; i++) docFreq[tf.idx[i]]++;
  const idf = inverseDocFreq(docFreq, cases.length);
  return {
    vectors: tfs.map((tf) => weigh(tf, idf, kinds)),
    stems,
    kinds,
    topical,
    docFreq,
    caseSurfaces,
    display: (id) => mostUsed(nounForms.get(id)) ?? mostUsed(otherForms.get(id)) ?? stems[id],
    lookup,
    idf,
  };
}

/** A vector for a text outside the corpus (a theme), over the corpus's features only. */
export function vectorizeAgainst(corpus: Corpus, words: WeighedWord[]): SparseVector {
  const accumulator = new Accumulator();
  for (const word of words) {
    for (const spec of featuresOf(word.analysis, true)) {
      const id = corpus.lookup.get(spec.key);
      if (id !== undefined) accumulator.add(id, word.weight * spec.amount);
    }
  }
  return weigh(accumulator.take(), corpus.idf, corpus.kinds);
}

/** Stems only ever written with a capital, at least once inside a sentence. */
function namesIn(texts: WeighedWord[][]): Set<string> {
  const capital = new Set<string>();
  const lower = new Set<string>();
  for (const words of texts) {
    for (const word of words) {
      if (word.lower) lower.add(word.analysis.stem);
      else if (word.capitalMidSentence) capital.add(word.analysis.stem);
    }
  }
  return new Set([...capital].filter((stem) => !lower.has(stem)));
}

function countForm(forms: Map<number, Map<string, number>>, id: number, surface: string, amount: number): void {
  let counts = forms.get(id);
  if (!counts) forms.set(id, (counts = new Map()));
  counts.set(surface, (counts.get(surface) ?? 0) + amount);
}

function mostUsed(forms: Map<string, number> | undefined): string | undefined {
  let best: string | undefined;
  let bestCount = -1;
  for (const [form, count] of forms ?? []) {
    if (count > bestCount || (count === bestCount && best !== undefined && form < best)) {
      best = form;
      bestCount = count;
    }
  }
  return best;
}
