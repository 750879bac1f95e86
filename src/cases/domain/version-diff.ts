import { type DiffGranularity, type DiffPart, diffText, normalise } from './word-diff';

export type { DiffGranularity, DiffPart, DiffType } from './word-diff';

/*
 * What changed between two versions of a case, field by field, for the version history page.
 */

export const CASE_TEXT_FIELDS = ['title', 'organisation', 'context', 'situation', 'involved', 'tried', 'question'] as const;
export type CaseTextField = (typeof CASE_TEXT_FIELDS)[number];

export type CaseVersionText = Record<CaseTextField, string> & { themes: readonly string[] };

export interface FieldDiff {
  field: CaseTextField | 'themes';
  changed: boolean;
  /** For themes one part per theme; for text fields runs of text to show as is, <del> or <ins>. */
  parts: DiffPart[];
  granularity: DiffGranularity | 'item';
}

export function diffCaseVersions(before: CaseVersionText, after: CaseVersionText): FieldDiff[] {
  const texts = CASE_TEXT_FIELDS.map((field): FieldDiff => {
    const changed = normalise(before[field]) !== normalise(after[field]);
    const { parts, granularity } = changed
      ? diffText(before[field], after[field])
      : { parts: unchanged(after[field]), granularity: 'word' as const };
    return { field, changed, parts, granularity };
  });
  return [...texts, diffThemes(before.themes, after.themes)];
}

function unchanged(text: string): DiffPart[] {
  const normalised = normalise(text);
  return normalised ? [{ type: 'same', text: normalised }] : [];
}

/**
 * Themes are a set: their order is not a change. Kept and added themes follow the new order,
 * removed ones follow, in their old order.
 */
function diffThemes(before: readonly string[], after: readonly string[]): FieldDiff {
  const old = new Set(before);
  const now = new Set(after);
  const parts: DiffPart[] = [
    ...[...now].map((theme): DiffPart => ({ type: old.has(theme) ? 'same' : 'added', text: theme })),
    ...[...old].filter((theme) => !now.has(theme)).map((theme): DiffPart => ({ type: 'removed', text: theme })),
  ];
  return { field: 'themes', changed: parts.some((p) => p.type !== 'same'), parts, granularity: 'item' };
}
