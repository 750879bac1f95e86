import { analyzeWord, stemWeight, WordAnalysis } from './analyze';
import { foldAccents } from './dutch-resources';
import { THEME_FAMILIES } from './theme-lexicon';

/**
 * The features one written word gives a vector, in three blocks:
 * - words: its stem and the stems of its compound parts, which carry the meaning;
 * - n-grams: character 4-grams of the stem, for compounds and spellings nothing else catches;
 * - topics: the theme families of the lexicon its stems belong to, so "warmtepomp" and
 *   "zonnepanelen" meet even though they share no letters. With fifteen cases the texts cannot
 *   teach that; the lexicon brings it in.
 */
export const Kind = { Word: 0, Gram: 1, Topic: 2 } as const;
export type Kind = (typeof Kind)[keyof typeof Kind];

/** Each block's share of a vector's length (squared), so no block drowns the others. */
export const BLOCK_SHARES: Record<Kind, number> = { [Kind.Word]: 0.7, [Kind.Gram]: 0.15, [Kind.Topic]: 0.15 };

/** One feature of a word: its key, block, weight for a word of weight 1, and whether a part. */
export interface FeatureSpec {
  key: string;
  kind: Kind;
  amount: number;
  part: boolean;
}

const cache = new WeakMap<WordAnalysis, { whole: FeatureSpec[]; withParts: FeatureSpec[] }>();

/** The features of a word; names get no parts ("Zonnehoek" is a neighbourhood, not the sun). */
export function featuresOf(analysis: WordAnalysis, withParts: boolean): FeatureSpec[] {
  let known = cache.get(analysis);
  if (!known) {
    known = { whole: build(analysis, false), withParts: build(analysis, true) };
    cache.set(analysis, known);
  }
  return withParts ? known.withParts : known.whole;
}

function build(analysis: WordAnalysis, withParts: boolean): FeatureSpec[] {
  const specs: FeatureSpec[] = [{ key: analysis.stem, kind: Kind.Word, amount: stemWeight(analysis.stem, false), part: false }];
  topics(analysis.stem, 1, specs);
  if (withParts) {
    for (const part of analysis.parts) {
      const amount = stemWeight(part.stem, true);
      specs.push({ key: part.stem, kind: Kind.Word, amount, part: true });
      topics(part.stem, amount, specs);
    }
  }
  for (const gram of analysis.ngrams) specs.push({ key: '#' + gram, kind: Kind.Gram, amount: 1, part: false });
  return specs;
}

function topics(stem: string, amount: number, specs: FeatureSpec[]): void {
  const families = topicsOf(stem);
  for (const family of families) {
    specs.push({ key: '@' + family, kind: Kind.Topic, amount: amount / families.length, part: false });
  }
}

let topicsByStem: Map<string, number[]> | undefined;

/** The lexicon families a stem belongs to (several for words like "overlast"). */
export function topicsOf(stem: string): number[] {
  if (!topicsByStem) {
    topicsByStem = new Map();
    THEME_FAMILIES.forEach((family, i) => {
      for (const word of [...family.triggers, ...family.words]) {
        const familyStem = analyzeWord(foldAccents(word.toLowerCase())).stem;
        const list = topicsByStem?.get(familyStem) ?? [];
        if (!list.includes(i)) list.push(i);
        topicsByStem?.set(familyStem, list);
      }
    });
  }
  return topicsByStem.get(stem) ?? [];
}
