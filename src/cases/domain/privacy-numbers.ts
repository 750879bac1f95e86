import { isValidIban, passesElevenTest } from './privacy-checksums';
import type { RawFinding } from './privacy-guard';

/*
 * Detectors for personal data that is mostly digits: addresses (postcode with house number),
 * phone numbers, citizen service numbers and bank account numbers. Each pattern is anchored
 * so that it does not start or end inside a longer number, and every candidate is checked
 * further (digit count, check digits, context) before it counts.
 */

/** Four digits (not starting with 0) and two letters; SA, SD and SS are never issued. */
const POSTCODE = String.raw`[1-9]\d{3}(?:[ \u00a0]?(?!S[ADS])[A-Z]{2}|(?!s[ads])[a-z]{2})(?![\p{L}\p{N}])`;
/** 12, 12a, 12-A, 12-14, 12/2. */
const HOUSE_NUMBER = String.raw`\d{1,5}(?:-?[A-Za-z]{1,2}(?!\p{L})|[-/]\d{1,4})?(?!\p{N})`;
// Bounded, so that a long run of letters cannot make the search slow.
const STREET_WORD = String.raw`\p{Lu}[\p{L}\p{M}'’.-]{0,60}[ \t]+`;
const GAP = String.raw`(?:,?[ \t]*\r?\n[ \t]*|,?[ \t]+|,)`;
const NUMBER_WORD = String.raw`(?:huisnummer|huisnr\.?|nummer|nr\.?|no\.?)[ \t]*`;

// "Kerkstraat 12, 1234 AB" or "1234 AB, nr. 12". A postcode on its own names a stretch of a
// street, not a home, and is left alone; so is a bare postcode area like "3511".
const ADDRESS = new RegExp(
  String.raw`(?<![\p{L}\p{N}.,])(?:(?:${STREET_WORD})?${HOUSE_NUMBER}${GAP}${POSTCODE}` +
    String.raw`|${POSTCODE}${GAP}(?:${NUMBER_WORD})?${HOUSE_NUMBER})`,
  'gu',
);

export function findAddresses(text: string): RawFinding[] {
  return [...text.matchAll(ADDRESS)].map((m) => ({ kind: 'postcode', start: m.index, end: m.index + m[0].length }));
}

const PHONE = new RegExp(
  // Not inside a longer run of digit groups, such as the middle of an account number.
  String.raw`(?<![\p{L}\p{N}+€$.,/-])(?<!\p{N}[ \t])` +
    // Area code: +31 6, 0031 20, +31 (0)20, (020), 020, 06.
    String.raw`(?:(?:\+|00)31[ \t-]?(?:\(0\)[ \t-]?)?[1-9]\d{0,2}|\(0[1-9]\d{0,2}\)|0[1-9]\d{0,2})` +
    String.raw`(?:[ \t]?-[ \t]?|[ \t])?` +
    // Subscriber number in groups separated by single spaces, or 12-34-56-78.
    String.raw`(?:\d{2}(?:-\d{2}){3}|\d{2,8}(?:[ \t]\d{2,4}){0,3})` +
    String.raw`(?!\p{N}|[.,/-]\d)`,
  'gu',
);

/** Digits a Dutch number has when written with this prefix: 0 + 9, or 31 + 9, or 0031 + 9. */
function expectedDigits(candidate: string): number {
  if (candidate.startsWith('+')) return 11;
  if (candidate.startsWith('00')) return 13;
  return 10;
}

function digitCount(candidate: string): number {
  return candidate.replace('(0)', '').replace(/\D/g, '').length;
}

export function findPhoneNumbers(text: string): RawFinding[] {
  const found: RawFinding[] = [];
  for (const m of text.matchAll(PHONE)) {
    let candidate = m[0];
    const wanted = expectedDigits(candidate);
    // The last group may belong to the next number in the text: drop groups until it fits.
    while (digitCount(candidate) > wanted && /[ \t]\d+$/.test(candidate)) {
      candidate = candidate.replace(/[ \t]\d+$/, '');
    }
    if (digitCount(candidate) === wanted) found.push({ kind: 'phone', start: m.index, end: m.index + candidate.length });
  }
  return found;
}

const BSN = /(?<![\p{L}\p{N}€$.,/-])(?:\d{4}([. ])\d{2}\1\d{3}|\d{3}([. ])\d{3}\2\d{3}|\d{8,9})(?!\p{N}|[.,/-]\d)/gu;
const BSN_WORD = /(?:bsn|burgerservicenummer|sofi-?nummer)\W{0,20}$/i;
const MONEY_BEFORE = /(?:€|eur|euro)\s?$/i;
const MONEY_AFTER = /^\s?(?:euro|eur)\b/i;

export function findBsnNumbers(text: string): RawFinding[] {
  const found: RawFinding[] = [];
  for (const m of text.matchAll(BSN)) {
    const digits = m[0].replace(/\D/g, '');
    const start = m.index;
    const end = start + m[0].length;
    const before = text.slice(Math.max(0, start - 40), start);
    if (MONEY_BEFORE.test(before) || MONEY_AFTER.test(text.slice(end, end + 6))) continue;
    // Any eight-digit number passes the check one time in eleven (a KvK number, a case
    // number), so those only count when the text says it is a BSN.
    if (digits.length === 8 && !BSN_WORD.test(before)) continue;
    if (passesElevenTest(digits)) found.push({ kind: 'bsn', start, end });
  }
  return found;
}

const IBAN = /(?<![\p{L}\p{N}])[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?(?![\p{L}\p{N}])/gu;

export function findIbans(text: string): RawFinding[] {
  const found: RawFinding[] = [];
  for (const m of text.matchAll(IBAN)) {
    let candidate = m[0];
    // A following word in capitals can stick to the match; shorten until the check passes.
    while (!isValidIban(candidate) && / [A-Z0-9]{1,4}$/.test(candidate)) candidate = candidate.replace(/ [A-Z0-9]{1,4}$/, '');
    if (isValidIban(candidate)) found.push({ kind: 'iban', start: m.index, end: m.index + candidate.length });
  }
  return found;
}
