import { Corpus } from './corpus';
import { fittingWords, listWords, median, round2 } from './explain';
import { scoreThemes, ThemeScores } from './theme-scores';
import { Theme } from './themes';
import { CaseInput } from './types';

export interface Placement {
  /** Index into the themes, or null for "Overige casussen" (no words to go on at all). */
  theme: number | null;
  confidence: number;
  because: string[];
}

/** Below this a text shares nothing worth the name with any theme. */
const NO_EVIDENCE = 1e-6;
/** How much better another theme must fit before a single pick gets the hint "lijkt meer op". */
const CLEARLY_BETTER = 1.25;
/** When scores have no reference yet (few single-theme cases), a fit of this size counts as full. */
const DEFAULT_TYPICAL_SCORE = 0.25;

/**
 * Places every case in one theme. The author's pick is respected: one picked theme decides; of
 * several picked themes the text chooses; only a case without a pick may go anywhere, to the
 * theme its text is nearest to.
 */
export function assignToThemes(corpus: Corpus, cases: CaseInput[], themes: Theme[], picked: number[][]): Placement[] {
  const scores = scoreThemes(corpus, themes, picked);
  const typical = typicalScore(scores, picked);
  return cases.map((_, i) => {
    const mine = picked[i];
    if (mine.length === 1) return single(i, mine[0], scores, corpus, themes);
    if (mine.length > 1) return several(i, mine, scores, corpus, themes);
    return unpicked(i, scores, corpus, themes, cases, typical);
  });
}

function single(c: number, theme: number, scores: ThemeScores, corpus: Corpus, themes: Theme[]): Placement {
  const because = [`Door de auteur gekozen thema: ${themes[theme].name}`];
  const words = fittingWords(corpus, c, scores.contributions(c, theme));
  if (words.length) because.push(`Woorden die passen bij dit thema: ${listWords(words)}`);
  const best = bestOf(scores.score[c], themes.map((_, t) => t));
  // The author decides, but the trainer may want to know when the text says otherwise.
  const textAgrees = best.score < NO_EVIDENCE || best.index === theme || best.score <= scores.score[c][theme] * CLEARLY_BETTER;
  if (!textAgrees) because.push(`De tekst lijkt meer op thema: ${themes[best.index].name}`);
  return { theme, confidence: textAgrees ? 1 : 0.9, because };
}

function several(c: number, mine: number[], scores: ThemeScores, corpus: Corpus, themes: Theme[]): Placement {
  const names = mine.map((t) => themes[t].name).join(', ');
  const because = [`Door de auteur gekozen thema's: ${names}`];
  const best = bestOf(scores.score[c], mine);
  if (best.score < NO_EVIDENCE) {
    because.push('De tekst geeft geen voorkeur; het eerste gekozen thema uit de themalijst is genomen');
    return { theme: best.index, confidence: 0.5, because };
  }
  because.push(`Van die thema's past de tekst het best bij: ${themes[best.index].name}`);
  const words = fittingWords(corpus, c, scores.contributions(c, best.index));
  if (words.length) because.push(`Woorden die passen bij dit thema: ${listWords(words)}`);
  return { theme: best.index, confidence: round2(0.6 + 0.4 * best.margin), because };
}

function unpicked(
  c: number,
  scores: ThemeScores,
  corpus: Corpus,
  themes: Theme[],
  cases: CaseInput[],
  typical: number,
): Placement {
  const because = ['Geen thema gekozen door de auteur'];
  const best = bestOf(scores.score[c], themes.map((_, t) => t));
  if (best.score < NO_EVIDENCE) {
    because.push('Geen woorden gevonden die bij een thema of een andere casus passen');
    return { theme: null, confidence: 0, because };
  }
  const words = fittingWords(corpus, c, scores.contributions(c, best.index));
  if (words.length) because.push(`Woorden die passen bij dit thema: ${listWords(words)}`);
  const nearest = scores.nearestMember(c, best.index);
  if (nearest !== undefined) because.push(`Lijkt het meest op de casus: ${cases[nearest].title.trim()}`);
  const strength = Math.min(1, best.score / typical);
  return { theme: best.index, confidence: round2(Math.min(0.95, strength * (0.4 + 0.6 * best.margin))), because };
}

/**
 * The best of the candidate themes; ties go to the theme earlier in the list. The margin is how
 * far the best is ahead of the runner-up, relative to the best: 1 when nothing else fits at all.
 */
function bestOf(row: number[], candidates: number[]): { index: number; score: number; margin: number } {
  let index = candidates[0];
  for (const t of candidates) if (row[t] > row[index]) index = t;
  let second = 0;
  for (const t of candidates) if (t !== index && row[t] > second) second = row[t];
  const score = row[index];
  return { index, score, margin: score > 0 ? (score - second) / score : 0 };
}

/** What a good fit looks like in this edition: the median score of cases for their own theme. */
function typicalScore(scores: ThemeScores, picked: number[][]): number {
  const own = picked.flatMap((mine, c) => (mine.length === 1 ? [scores.score[c][mine[0]]] : []));
  const value = own.length >= 3 ? median(own) : DEFAULT_TYPICAL_SCORE;
  return value > NO_EVIDENCE ? value : DEFAULT_TYPICAL_SCORE;
}
