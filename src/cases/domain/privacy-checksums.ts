/*
 * Check digits of Dutch citizen service numbers and of bank account numbers. A number that
 * fails its check is almost certainly not one, so the privacy check stays quiet about it.
 */

/**
 * The "elfproef" for a BSN: nine digits d1…d9 with 9·d1 + 8·d2 + … + 2·d8 − d9 divisible by 11.
 * Eight-digit numbers are older numbers written without their leading zero; they are checked
 * as if it were there.
 */
export function passesElevenTest(digits: string): boolean {
  if (!/^\d{8,9}$/.test(digits)) return false;
  const nine = digits.padStart(9, '0');
  if (/^0+$/.test(nine)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(nine[i]) * (9 - i);
  sum -= Number(nine[8]);
  return sum % 11 === 0;
}

/**
 * ISO 13616 check: move the first four characters to the end, turn letters into 10…35 and
 * take the remainder modulo 97, which must be 1. Accepts spaces and lower case.
 */
export function isValidIban(value: string): boolean {
  const iban = value.replace(/ /g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(iban)) return false;
  if (iban.startsWith('NL') && !/^NL\d{2}[A-Z]{4}\d{10}$/.test(iban)) return false;
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const char of rearranged) {
    const value = char >= 'A' ? char.charCodeAt(0) - 55 : Number(char);
    // Letters add two digits, so shift by 100 instead of 10; the remainder stays small.
    remainder = (remainder * (value >= 10 ? 100 : 10) + value) % 97;
  }
  return remainder === 1;
}
