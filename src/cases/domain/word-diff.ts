/*
 * A word-level diff for showing what changed between two versions of a text, rendered with
 * <del> and <ins>. Longest common subsequence over words, spaces and punctuation, then tidied
 * so that a change of several words reads as one deletion followed by one insertion.
 */

export type DiffType = 'same' | 'added' | 'removed';

export interface DiffPart {
  type: DiffType;
  text: string;
}

export type DiffGranularity = 'word' | 'paragraph' | 'whole';

export interface TextDiff {
  parts: DiffPart[];
  /** How fine the diff is; coarser when the texts were too large or too different. */
  granularity: DiffGranularity;
}

/**
 * Largest table the LCS may fill (cells = tokens before × tokens after, after the shared start
 * and end are set aside). Two completely different texts of 5,000 characters stay below it;
 * it bounds memory (2 bytes a cell) and time (a few tens of milliseconds).
 */
export const MAX_DIFF_CELLS = 4_000_000;

const WORD_TOKENS = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*|\s+|[^\s\p{L}\p{N}]/gu;

export function diffText(before: string, after: string, maxCells: number = MAX_DIFF_CELLS): TextDiff {
  const a = normalise(before);
  const b = normalise(after);
  const byWord = diffTokens(a.match(WORD_TOKENS) ?? [], b.match(WORD_TOKENS) ?? [], maxCells);
  if (byWord) return { parts: tidy(byWord), granularity: 'word' };
  const byParagraph = diffTokens(paragraphs(a), paragraphs(b), maxCells);
  if (byParagraph) return { parts: tidy(byParagraph), granularity: 'paragraph' };
  return { parts: tidy([part('removed', a), part('added', b)]), granularity: 'whole' };
}

/** Forms send \r\n; a version saved from another browser should not differ on every line. */
export function normalise(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

/** Paragraphs with the blank lines between them as separate tokens. */
function paragraphs(text: string): string[] {
  return text.split(/(\n[ \t]*\n\s*)/).filter((t) => t !== '');
}

function part(type: DiffType, text: string): DiffPart {
  return { type, text };
}

/** One part per token, or null when the table would be larger than `maxCells`. */
function diffTokens(a: string[], b: string[], maxCells: number): DiffPart[] | null {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const n = endA - start;
  const m = endB - start;
  if (n * m > maxCells) return null;

  // lengths[i * (m + 1) + j] = LCS length of a[start+i..endA) and b[start+j..endB). Lengths
  // never exceed min(n, m), at most √maxCells, so 16 bits are enough.
  const width = m + 1;
  const lengths = new Uint16Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lengths[i * width + j] =
        a[start + i] === b[start + j]
          ? lengths[(i + 1) * width + j + 1] + 1
          : Math.max(lengths[(i + 1) * width + j], lengths[i * width + j + 1]);
    }
  }

  const parts = a.slice(0, start).map((t) => part('same', t));
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[start + i] === b[start + j]) {
      parts.push(part('same', a[start + i]));
      i++;
      j++;
    } else if (j >= m || (i < n && lengths[(i + 1) * width + j] >= lengths[i * width + j + 1])) {
      parts.push(part('removed', a[start + i++]));
    } else {
      parts.push(part('added', b[start + j++]));
    }
  }
  return parts.concat(a.slice(endA).map((t) => part('same', t)));
}

/**
 * Merges neighbours of the same type and lets whitespace between two changes join them, so
 * that "de oude tekst" → "een nieuwe zin" becomes one <del> and one <ins> instead of a
 * patchwork. Within a change all removed text comes before the added text.
 */
function tidy(parts: DiffPart[]): DiffPart[] {
  const result: DiffPart[] = [];
  let removed = '';
  let added = '';
  const flush = () => {
    if (removed) result.push(part('removed', removed));
    if (added) result.push(part('added', added));
    removed = added = '';
  };
  parts.forEach((p, k) => {
    if (p.type === 'removed') removed += p.text;
    else if (p.type === 'added') added += p.text;
    else if ((removed || added) && /^\s+$/.test(p.text) && parts[k + 1] && parts[k + 1].type !== 'same') {
      removed += p.text;
      added += p.text;
    } else {
      flush();
      const last = result[result.length - 1];
      if (last?.type === 'same') last.text += p.text;
      else if (p.text) result.push(part('same', p.text));
    }
  });
  flush();
  return result;
}
