import type { CompoundLexicon } from './dutch-resources';

/**
 * Splits Dutch compounds against the dictionary's compound lexicon: "bewonersinitiatief" →
 * bewoners + initiatief, "zonnepanelen" → zonne + paneel. Dutch writes compounds as one word, so
 * without this "buurtinitiatief" and "bewonersinitiatief" would share nothing.
 *
 * The split with the fewest parts wins (long, real words rather than many short fragments);
 * ties go to the split whose shortest part is longest, then to the longer last part. Long parts
 * are split once more, so "buurthuisbeheerder" also yields buurt and huis.
 */

/** Below this length a word is almost never a compound worth splitting. */
const MIN_COMPOUND_LENGTH = 7;
const MIN_PART_LENGTH = 3;

/** Derivational endings that the dictionary also lists as words ("gemeen" + "schap"). */
const NOT_PARTS = new Set(['schap', 'heid', 'baar', 'lijk', 'achtig', 'loos', 'zaam', 'ling']);

type Split = { parts: string[]; shortest: number; last: number };

export function splitCompound(word: string, lexicon: CompoundLexicon): string[] | undefined {
  if (word.length < MIN_COMPOUND_LENGTH) return undefined;
  const split = bestSplit(word, lexicon);
  if (!split) return undefined;
  const all: string[] = [];
  for (const part of split.parts) {
    all.push(part);
    const inner = part.length >= 2 * MIN_COMPOUND_LENGTH - 2 ? bestSplit(part, lexicon) : undefined;
    if (inner) all.push(...inner.parts);
  }
  return all;
}

function bestSplit(word: string, lexicon: CompoundLexicon): Split | undefined {
  // rest[i]: the best way to read word[i..] as one or more parts, the last one a compound end.
  const rest: (Split | null)[] = new Array(word.length + 1).fill(null);
  for (let start = word.length - MIN_PART_LENGTH; start >= MIN_PART_LENGTH; start--) {
    let best: Split | null = null;
    const lemma = tailLemma(word.slice(start), lexicon);
    if (lemma) best = { parts: [lemma], shortest: word.length - start, last: word.length - start };
    for (let end = start + MIN_PART_LENGTH; end <= word.length - MIN_PART_LENGTH; end++) {
      const tail = rest[end];
      const piece = word.slice(start, end);
      if (tail && isHead(piece, lexicon)) best = pick(best, join(piece, tail));
    }
    rest[start] = best;
  }
  let best: Split | null = null;
  for (let end = MIN_PART_LENGTH; end <= word.length - MIN_PART_LENGTH; end++) {
    const tail = rest[end];
    const piece = word.slice(0, end);
    if (tail && isHead(piece, lexicon)) best = pick(best, join(piece, tail));
  }
  return best ?? undefined;
}

function join(head: string, tail: Split): Split {
  return { parts: [head, ...tail.parts], shortest: Math.min(head.length, tail.shortest), last: tail.last };
}

function pick(best: Split | null, candidate: Split): Split {
  if (!best) return candidate;
  if (candidate.parts.length !== best.parts.length) return candidate.parts.length < best.parts.length ? candidate : best;
  if (candidate.shortest !== best.shortest) return candidate.shortest > best.shortest ? candidate : best;
  return candidate.last > best.last ? candidate : best;
}

function isHead(piece: string, lexicon: CompoundLexicon): boolean {
  return !NOT_PARTS.has(piece) && lexicon.heads.has(piece);
}

/** The dictionary form of the last part, which carries the plural or diminutive ending. */
export function tailLemma(piece: string, lexicon: CompoundLexicon): string | undefined {
  for (const candidate of lemmaCandidates(piece)) {
    if (candidate.length >= MIN_PART_LENGTH && !NOT_PARTS.has(candidate) && lexicon.ends.has(candidate)) {
      return candidate;
    }
  }
  return undefined;
}

/** Singulars a plural or diminutive could come from: bomen → boom, tieners → tiener. */
export function singularCandidates(word: string): string[] {
  return lemmaCandidates(word).slice(1);
}

function lemmaCandidates(piece: string): string[] {
  const out = [piece];
  for (const suffix of ['s', 'n', 'tjes', 'tje', 'jes', 'je']) {
    if (piece.endsWith(suffix)) out.push(piece.slice(0, -suffix.length));
  }
  if (piece.endsWith('en')) out.push(...pluralEnStems(piece.slice(0, -2)));
  return out;
}

/** Undo the spelling changes of plurals in -en: plekk→plek, initiatiev→initiatief, strat→straat. */
function pluralEnStems(base: string): string[] {
  const out = [base];
  const n = base.length;
  if (n < 3) return out;
  const last = base[n - 1];
  const soften = (s: string): string[] =>
    last === 'v' ? [s.slice(0, -1) + 'f'] : last === 'z' ? [s.slice(0, -1) + 's'] : [];
  if (last === base[n - 2] && !isVowel(last)) out.push(base.slice(0, -1));
  out.push(...soften(base));
  if (!isVowel(last) && isVowel(base[n - 2]) && !isVowel(base[n - 3])) {
    const doubled = base.slice(0, -1) + base[n - 2] + last;
    out.push(doubled, ...soften(doubled));
  }
  return out;
}

function isVowel(c: string): boolean {
  return c === 'a' || c === 'e' || c === 'i' || c === 'o' || c === 'u';
}
