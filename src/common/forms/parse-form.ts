import { BadRequestException } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validateSync, ValidationError } from 'class-validator';

/** Field name → translation key of the first thing wrong with it. */
export type FieldErrors = Record<string, string>;

export type FormResult<T> =
  | { ok: true; value: T; values: Record<string, unknown> }
  | { ok: false; errors: FieldErrors; values: Record<string, unknown> };

/**
 * Reads a posted form into a validated class instance. Wrong fields come back as messages to
 * show beside them, with what the person typed; a field the form does not have means the
 * request was made by hand, and gets a 400. Decorator messages are translation keys.
 */
export function parseForm<T extends object>(form: new () => T, body: unknown): FormResult<T> {
  const values = { ...((body ?? {}) as Record<string, unknown>) };
  delete values._csrf;
  const instance = plainToInstance(form, values, { exposeDefaultValues: true });
  const problems = validateSync(instance, { whitelist: true, forbidNonWhitelisted: true });
  if (problems.some((problem) => problem.constraints?.whitelistValidation)) {
    throw new BadRequestException('Unknown form field');
  }
  if (problems.length === 0) return { ok: true, value: instance, values };
  return { ok: false, errors: toFieldErrors(problems), values };
}

function toFieldErrors(problems: ValidationError[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const problem of problems) {
    const messages = Object.values(problem.constraints ?? {});
    if (messages.length > 0) errors[problem.property] = messages[messages.length - 1];
  }
  return errors;
}

/** A field error found after validation, by a rule of the service. */
export function fieldError(field: string, key: string, values: Record<string, unknown>): FormResult<never> {
  return { ok: false, errors: { [field]: key }, values };
}
