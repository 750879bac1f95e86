import { type FieldErrors, parseForm } from '../common/forms/parse-form';
import { ANSWER_LENGTH, readWholeNumber } from './domain/setup-inputs';
import { QuestionForm } from './dto/preparation.forms';
import type { QuestionFields } from './questions.repository';

export type QuestionInput = { ok: true; fields: QuestionFields; values: Record<string, unknown> } | { ok: false; values: Record<string, unknown>; errors: FieldErrors };

/** What the form for a new question starts with. */
export function questionDefaults(): Record<string, unknown> {
  return { text: '', hint: '', required: true, maxLength: String(ANSWER_LENGTH.default) };
}

/** The question form, with the answer length read as a number; every wrong field is reported at once. */
export function readQuestion(body: unknown): QuestionInput {
  const form = parseForm(QuestionForm, body);
  const errors: FieldErrors = form.ok ? {} : { ...form.errors };
  const maxLength = readWholeNumber(String(form.values.maxLength ?? '').trim(), ANSWER_LENGTH.min, ANSWER_LENGTH.max);
  if (maxLength === undefined) errors.maxLength ??= 'preparation.setup.maxLengthInvalid';
  if (!form.ok || maxLength === undefined) return { ok: false, values: form.values, errors };
  const { text, hint, required } = form.value;
  return { ok: true, fields: { text, hint, required, maxLength }, values: form.values };
}
