import { dutchCompoundLexicon, dutchStemmer, dutchStopwords, foldAccents } from './dutch-resources';

/** A word as the author wrote it (lowercase, accents kept, for display) and as it is compared. */
export interface Token {
  surface: string;
  folded: string;
  /** Written with a capital inside a sentence ("in Brederwijk"): a name, unless written lower elsewhere. */
  capitalMidSentence: boolean;
  /** Written in lowercase somewhere. */
  lower: boolean;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** What a written form comes to, or null when it is no content word. */
type Written = { surface: string; folded: string; capital: boolean; lower: boolean } | null;

// Texts repeat their words; a written form is looked at once. Capped for long-running servers.
const writtenCache = new Map<string, Written>();
const CACHE_LIMIT = 200_000;

/**
 * Splits a text into content words. Hyphens and apostrophes split words ("auto's" → "auto",
 * "buurt-initiatief" → "buurt", "initiatief"), numbers and single letters carry no topic, and
 * stop words are dropped.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  forEachToken(text, (surface, folded, capitalMidSentence, lower) => {
    tokens.push({ surface, folded, capitalMidSentence, lower });
  });
  return tokens;
}

/** `tokenize` without building the tokens, for the hot path of the corpus. */
export function forEachToken(
  text: string,
  visit: (surface: string, folded: string, capitalMidSentence: boolean, lower: boolean) => void,
): void {
  let previousEnd = 0;
  const pattern = new RegExp(WORD);
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const start = match.index;
    const sentenceStart = previousEnd === 0 || endsSentence(text, previousEnd, start);
    previousEnd = start + match[0].length;
    const word = lookUp(match[0]);
    if (word) visit(word.surface, word.folded, word.capital && !sentenceStart, word.lower);
  }
}

function lookUp(raw: string): Written {
  let word = writtenCache.get(raw);
  if (word !== undefined) return word;
  const written = raw.normalize('NFC');
  const surface = written.toLowerCase();
  const folded = foldAccents(surface);
  const content = folded.length >= 2 && !isNumber(folded) && !dutchStopwords().has(folded);
  const capital = written !== surface && written !== written.toUpperCase();
  word = content ? { surface, folded, capital, lower: written === surface } : null;
  if (writtenCache.size >= CACHE_LIMIT) writtenCache.clear();
  writtenCache.set(raw, word);
  return word;
}

/** Whether the gap between two words holds the end of a sentence (or a line). */
function endsSentence(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c === '.' || c === '!' || c === '?' || c === ':' || c === ';' || c === '\n') return true;
  }
  return false;
}

function isNumber(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/**
 * Snowball's Dutch stem with repairs, so that a singular and its plural meet:
 * - Snowball takes an -s off "grens" and "mens" but their plurals keep it ("grenz(en)");
 *   a final -s of a dictionary word stays.
 * - It leaves -es alone ("turbines", "organisaties"), but not the -e of "turbine"; unless the
 *   word is itself in the dictionary ("proces"), the -s goes and the rest is stemmed.
 * - It removes one ending only: "windmolens" → "windmolen", but "windmolen" → "windmol".
 * - Doubled end consonants ("plann(en)", "buss(en)") and -v/-z ("initiatiev(en)", "huiz(en)")
 *   go back to the singular's spelling.
 */
export function stemDutch(folded: string): string {
  const snowball = dutchStemmer();
  const known = dutchCompoundLexicon().words;
  let stem = snowball.stem(folded);
  const onlyS = folded.endsWith('s') && stem === folded.slice(0, -1);
  if (onlyS && known.has(folded)) stem = folded;
  else if (stem.length > 4 && stem.endsWith('es') && !known.has(folded)) stem = snowball.stem(stem.slice(0, -1));
  else if (onlyS && stem.endsWith('en')) stem = snowball.stem(stem);
  return respell(stem);
}

function respell(stem: string): string {
  const n = stem.length;
  if (n <= 3) return stem;
  const last = stem[n - 1];
  if (last === stem[n - 2] && !'aeiou'.includes(last)) return stem.slice(0, -1);
  if (last === 'v') return stem.slice(0, -1) + 'f';
  if (last === 'z') return stem.slice(0, -1) + 's';
  return stem;
}
