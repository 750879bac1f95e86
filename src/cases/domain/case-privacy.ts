import { createHash } from 'node:crypto';
import type { CaseText } from '../entities/case.entity';
import { CASE_FIELDS } from './case-fields';
import { type Finding, findPersonalData } from './privacy-guard';

/** A finding of the privacy guard, with the field of the form it is in. */
export interface FieldFinding extends Finding {
  field: keyof CaseText;
}

/** Runs the privacy guard over every text field, in the order of the form. */
export function checkCaseText(text: CaseText): FieldFinding[] {
  return CASE_FIELDS.flatMap((field) => findPersonalData(text[field]).map((finding) => ({ field, ...finding })));
}

/**
 * A short fingerprint of the findings. The form sends it back once the author has seen them,
 * so the same findings do not stop the submission twice, but a new one does.
 */
export function findingsFingerprint(findings: readonly FieldFinding[]): string {
  const text = findings.map((f) => `${f.field}:${f.start}:${f.kind}:${f.match}`).join('\n');
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}
