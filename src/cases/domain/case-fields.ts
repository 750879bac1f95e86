import type { CaseText } from '../entities/case.entity';
import { normalise } from './word-diff';

/*
 * The rules for the text of a case that do not need a database: how long each field may be,
 * what must be filled in before submitting, and whether a working copy differs from a version.
 */

/** Maximum lengths in characters. Long enough for a real case, short enough to read in a meeting. */
export const CASE_LIMITS: Record<keyof CaseText, number> = {
  title: 150,
  organisation: 160,
  context: 2000,
  situation: 5000,
  involved: 2000,
  tried: 3000,
  question: 1500,
  otherTheme: 100,
};

export const CASE_FIELDS = Object.keys(CASE_LIMITS) as (keyof CaseText)[];

/** A draft may be half-finished; a submitted case needs these. What has been tried may be empty. */
export const REQUIRED_FOR_SUBMIT: readonly (keyof CaseText)[] = ['title', 'organisation', 'context', 'situation', 'involved', 'question'];

/** Field → message key for everything missing before the case can be submitted. */
export function missingForSubmit(text: CaseText, themeIds: readonly number[]): Record<string, string> {
  const missing: Record<string, string> = {};
  for (const field of REQUIRED_FOR_SUBMIT) {
    if (text[field].trim() === '') missing[field] = 'validation.required';
  }
  if (themeIds.length === 0 && text.otherTheme.trim() === '') missing.themes = 'cases.form.themesRequired';
  return missing;
}

/** Whether handing in the working copy would give a version equal to `version`; then no new one is made. */
export function sameAsVersion(
  working: CaseText,
  workingThemes: readonly number[],
  version: CaseText,
  versionThemes: readonly number[],
): boolean {
  const sameText = CASE_FIELDS.every((field) => normalise(working[field]) === normalise(version[field]));
  const a = new Set(workingThemes);
  const b = new Set(versionThemes);
  return sameText && a.size === b.size && [...a].every((id) => b.has(id));
}

/** The text fields of any object that has them, e.g. a Case or a CaseVersion. */
export function caseTextOf(source: CaseText): CaseText {
  return Object.fromEntries(CASE_FIELDS.map((field) => [field, source[field]])) as unknown as CaseText;
}
