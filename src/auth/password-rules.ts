import { COMMON_PASSWORDS } from './common-passwords';

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;

export type PasswordProblem = 'tooShort' | 'tooLong' | 'tooCommon' | 'containsEmail';

/**
 * Length is what makes a password strong, not composition rules (NCSC and NIST advice):
 * at least 10 characters, not one of the passwords everybody tries first, and not the
 * person's own e-mail address.
 */
export function passwordProblem(password: string, email?: string): PasswordProblem | undefined {
  if ([...password].length < PASSWORD_MIN_LENGTH) return 'tooShort';
  if (password.length > PASSWORD_MAX_LENGTH) return 'tooLong';
  const folded = password.toLowerCase().replace(/\s+/g, '');
  if (COMMON_PASSWORDS.has(folded) || /^(.)\1+$/.test(folded) || isSequence(folded)) return 'tooCommon';
  if (email && folded.includes(email.toLowerCase().split('@')[0]) && email.split('@')[0].length >= 4) return 'containsEmail';
  return undefined;
}

/** "1234567890", "abcdefghij", "9876543210": runs a guesser tries early. */
function isSequence(value: string): boolean {
  const codes = [...value].map((c) => c.charCodeAt(0));
  const steps = new Set(codes.slice(1).map((code, i) => code - codes[i]));
  return steps.size === 1 && (steps.has(1) || steps.has(-1));
}
