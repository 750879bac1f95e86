import { Transform } from 'class-transformer';

/** Trims text input; a missing field becomes an empty string, so "required" can say so. */
export function Trimmed(): PropertyDecorator {
  return Transform(({ value }) => (typeof value === 'string' ? value.trim() : value === undefined ? '' : value));
}

/** An e-mail address as people type it: trimmed and lowercased. */
export function EmailAddress(): PropertyDecorator {
  return Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : ''));
}

/** A checkbox: present means yes. */
export function Checkbox(): PropertyDecorator {
  return Transform(({ value }) => value === 'ja' || value === 'on' || value === 'true' || value === true);
}
