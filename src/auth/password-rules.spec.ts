import { passwordProblem } from './password-rules';

describe('passwordProblem', () => {
  it('accepts a long password without composition rules, spaces and all', () => {
    expect(passwordProblem('fiets naar het gemeentehuis')).toBeUndefined();
    expect(passwordProblem('kastanjeboom')).toBeUndefined();
  });

  it('refuses short, very long, common and guessable passwords', () => {
    expect(passwordProblem('kort123')).toBe('tooShort');
    expect(passwordProblem('x'.repeat(201))).toBe('tooLong');
    expect(passwordProblem('Wachtwoord123')).toBe('tooCommon');
    expect(passwordProblem('Welkom 1234')).toBe('tooCommon');
    expect(passwordProblem('aaaaaaaaaaaa')).toBe('tooCommon');
    expect(passwordProblem('abcdefghijk')).toBe('tooCommon');
    expect(passwordProblem('9876543210')).toBe('tooCommon');
  });

  it('refuses the person’s own e-mail name', () => {
    expect(passwordProblem('j.devries2026', 'J.deVries@midden-groningen.nl')).toBe('containsEmail');
  });
});
