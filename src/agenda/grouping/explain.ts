import { Corpus } from './corpus';

/** How many words an explanation names: enough to recognise the subject, short enough to read. */
const WORDS_SHOWN = 4;

/**
 * The words of a case that tie it to a theme or group, as the case wrote them (a compound shows
 * whole: "woningcorporatie", not the stem "corporatie"), strongest first, each word once.
 */
export function fittingWords(corpus: Corpus, caseIndex: number, contributions: { id: number }[]): string[] {
  const surfaces = corpus.caseSurfaces[caseIndex];
  const words: string[] = [];
  const nouns = contributions.filter(({ id }) => corpus.topical[id]);
  for (const { id } of nouns.length > 0 ? nouns : contributions) {
    const word = surfaces.get(id) ?? corpus.display(id);
    if (!words.includes(word)) words.push(word);
    if (words.length === WORDS_SHOWN) break;
  }
  return words;
}

export function listWords(words: string[]): string {
  return words.join(', ');
}

export function round2(x: number): number {
  return Math.round(Math.max(0, Math.min(1, x)) * 100) / 100;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
