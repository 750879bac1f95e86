import { singularCandidates, splitCompound } from './compounds';
import { CompoundLexicon, dutchCompoundLexicon, dutchStopwords } from './dutch-resources';
import { forEachToken, stemDutch } from './tokenize';

/** What one word contributes to a text's vector. */
export interface WordAnalysis {
  stem: string;
  /** Stems of the compound's parts (bewonersinitiatief → bewoner, initiatief), without the stem. */
  parts: { stem: string; lemma: string }[];
  /** Character 4-grams of the stem, with word boundaries, for the compounds the dictionary misses. */
  ngrams: string[];
  /** A word that names a subject (a noun, or a compound of nouns) rather than an act or a quality. */
  topical: boolean;
}

/** A written word of a text with its analysis and weight (title words count double). */
export interface WeighedWord {
  analysis: WordAnalysis;
  /** How the text wrote it: lowercase with accents, for explanations and labels. */
  surface: string;
  weight: number;
  /** Capitalised inside a sentence / written in lowercase: together they tell names apart. */
  capitalMidSentence: boolean;
  lower: boolean;
}

/** A part of a compound counts for less than a word written on its own. */
const PART_WEIGHT = 0.6;
const NGRAM_SIZE = 4;

/**
 * Words every case in this course uses whatever its subject (it is a course on participation in
 * municipalities). With 15 cases inverse document frequency alone cannot learn that, so they
 * start light.
 */
const GENERIC_WORDS = [
  'gemeente', 'gemeentelijk', 'bewoner', 'bewoners', 'inwoner', 'inwoners', 'burger', 'burgers',
  'participatie', 'burgerparticipatie', 'wethouder', 'gemeenteraad', 'raad', 'college', 'ambtenaar',
  'ambtenaren', 'ambtelijk', 'casus', 'dilemma', 'vraag', 'vragen', 'situatie', 'mensen', 'gesprek',
  'gesprekken', 'proces', 'rol', 'betrekken', 'betrokken', 'samen', 'plan', 'plannen', 'groep',
  'afdeling', 'beleid', 'project', 'initiatief', 'ondersteunen', 'helpen', 'praten',
  'meepraten', 'meedenken', 'wijk', 'buurt', 'gemeentehuis', 'leden',
];
const GENERIC_WEIGHT = 0.35;

let genericStems: Set<string> | undefined;
function isGeneric(stem: string): boolean {
  genericStems ??= new Set(GENERIC_WORDS.map(stemDutch));
  return genericStems.has(stem);
}

// Analysing a word is pure but not cheap (a stemmer and a dictionary search), and texts repeat
// their words, so results are kept. The cap keeps a long-running server from growing without end.
const cache = new Map<string, WordAnalysis>();
const CACHE_LIMIT = 100_000;

export function analyzeWord(folded: string): WordAnalysis {
  const known = cache.get(folded);
  if (known) return known;
  const stem = stemDutch(folded);
  const stop = dutchStopwords();
  const parts: WordAnalysis['parts'] = [];
  const lexicon = dutchCompoundLexicon();
  const split = splitCompound(folded, lexicon);
  for (const lemma of split ?? []) {
    const partStem = stemDutch(lemma);
    if (partStem.length < 3 || partStem === stem || stop.has(lemma)) continue;
    if (!parts.some((p) => p.stem === partStem)) parts.push({ stem: partStem, lemma });
  }
  const topical = split !== undefined || isNoun(folded, lexicon);
  const analysis = { stem, parts, ngrams: ngramsOf(stem), topical };
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(folded, analysis);
  return analysis;
}

/**
 * Explanations and labels read better with nouns ("huurders", "zonnepark") than with verbs
 * ("vrezen", "sluiten"). The dictionary's flags tell: nouns take plurals and make compounds.
 */
function isNoun(folded: string, lexicon: CompoundLexicon): boolean {
  if (lexicon.nouns.has(folded)) return true;
  if (singularCandidates(folded).some((base) => lexicon.countable.has(base))) return true;
  // A long word the dictionary does not know is mostly a compound it lacks ("kamerverhuur");
  // verb forms end in -t or -d ("ondersteunt").
  return !lexicon.words.has(folded) && folded.length >= 8 && !/[dt]$/.test(folded);
}

function ngramsOf(stem: string): string[] {
  if (stem.length < NGRAM_SIZE) return [];
  const marked = `_${stem}_`;
  const grams: string[] = [];
  for (let i = 0; i + NGRAM_SIZE <= marked.length; i++) grams.push(marked.slice(i, i + NGRAM_SIZE));
  return grams;
}

/** The content words of a text with their analyses. */
export function wordsOf(text: string, weight = 1): WeighedWord[] {
  const words: WeighedWord[] = [];
  forEachToken(text, (surface, folded, capitalMidSentence, lower) => {
    words.push({ analysis: analyzeWord(folded), surface, weight, capitalMidSentence, lower });
  });
  return words;
}

/** How much a stem counts: generic course words less, parts of compounds less. */
export function stemWeight(stem: string, isPart: boolean): number {
  return (isGeneric(stem) ? GENERIC_WEIGHT : 1) * (isPart ? PART_WEIGHT : 1);
}
