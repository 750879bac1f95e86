import { toAmsterdam } from '../common/dates/amsterdam-time';

/*
 * Single values of the edition form as coordinators type them, and back. Pure functions: the
 * form rules and the form's prefilled values use them, and they are tested on their own.
 */

/**
 * "2030-09-19" (what `<input type="date">` sends) or "19-9-2030" (what people type where an
 * old browser shows a plain text box) as "2030-09-19"; undefined when it is neither.
 */
export function normaliseDate(input: string): string | undefined {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(input);
  if (iso) return isoDate(iso[1], iso[2], iso[3]);
  const dutch = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(input);
  if (dutch) return isoDate(dutch[3], dutch[2], dutch[1]);
  return undefined;
}

function isoDate(year: string, month: string, day: string): string {
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/** "13:00", "9:30" or "13.00" (Dutch style); the value is checked further when it is parsed. */
export function looksLikeTime(input: string): boolean {
  return /^\d{1,2}[:.]\d{2}$/.test(input);
}

const MAX_FEE_CENTS = 10_000_000;

/**
 * A fee in euros as Dutch people write it, in cents: "495", "495,50", "495,-", "€ 1.250",
 * "1.250,00"; "495.50" is read as a decimal point too. Undefined when it is not an amount.
 */
export function parseFeeCents(input: string): number | undefined {
  const text = input.replace(/^€\s*/, '').replace(/\s+/g, '').replace(/,-$/, '');
  let euros: string;
  let cents = '';
  const grouped = /^(\d{1,3}(?:\.\d{3})+)(?:,(\d{1,2}))?$/.exec(text);
  const plain = /^(\d+)(?:[,.](\d{1,2}))?$/.exec(text);
  if (grouped) [euros, cents] = [grouped[1].replace(/\./g, ''), grouped[2] ?? ''];
  else if (plain) [euros, cents] = [plain[1], plain[2] ?? ''];
  else return undefined;
  const total = Number(euros) * 100 + Number(cents.padEnd(2, '0'));
  return total <= MAX_FEE_CENTS ? total : undefined;
}

/** Cents as the form shows them again: "495" or "495,50". */
export function formatFeeInput(cents: number): string {
  const euros = Math.trunc(cents / 100);
  const rest = cents % 100;
  return rest === 0 ? String(euros) : `${euros},${String(rest).padStart(2, '0')}`;
}

/** A whole number within bounds, or undefined. */
export function parseWholeNumber(input: string, min: number, max: number): number | undefined {
  if (!/^\d{1,6}$/.test(input)) return undefined;
  const value = Number(input);
  return value >= min && value <= max ? value : undefined;
}

const SLUG_BASE_LENGTH = 70;

/**
 * A web address part made from a title: lowercase ASCII letters and digits with single
 * hyphens ("Leeratelier Één – 2030" → "leeratelier-een-2030"). Short enough to leave room for
 * a "-2" suffix within the 80 characters a slug may have.
 */
export function makeSlug(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, SLUG_BASE_LENGTH)
    .replace(/^-+|-+$/g, '');
  return slug || 'leeratelier';
}

/** The slug itself when it is free, otherwise the first free one of slug-2, slug-3, … */
export function uniqueSlug(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  let n = 2;
  while (taken.has(`${base}-${n}`)) n += 1;
  return `${base}-${n}`;
}

/** A moment as the date and time inputs show it in Amsterdam: ["2030-09-19", "13:00"]. */
export function toDateTimeInputs(moment: Date): [string, string] {
  const wall = toAmsterdam(moment);
  const pad = (n: number) => String(n).padStart(2, '0');
  return [`${wall.year}-${pad(wall.month)}-${pad(wall.day)}`, `${pad(wall.hour)}:${pad(wall.minute)}`];
}
