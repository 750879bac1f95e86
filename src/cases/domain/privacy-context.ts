import type { RawFinding } from './privacy-guard';

/*
 * Detectors that need words around the data: e-mail addresses, dates of birth (only dates that
 * the text calls a birth date; a meeting date is fine) and names after a form of address.
 */

const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}_%+-][\p{L}\p{N}._%+-]*@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}(?![\p{L}\p{N}-])/gu;

export function findEmails(text: string): RawFinding[] {
  return [...text.matchAll(EMAIL)].map((m) => ({ kind: 'email', start: m.index, end: m.index + m[0].length }));
}

const MONTHS =
  'januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|' +
  'jan|feb|mrt|apr|jun|jul|aug|sept|sep|okt|nov|dec';
const NUMERIC_DATE = String.raw`(?:[0-3]?\d[-/.][01]?\d[-/.](?:\d{4}|\d{2})|\d{4}-[01]\d-[0-3]\d)`;
const WORDED_DATE = String.raw`[0-3]?\d[ \t]+(?:${MONTHS})\.?(?:[ \t]+(?:\d{4}|'\d{2}))?`;
const DATE = String.raw`(${NUMERIC_DATE}|${WORDED_DATE})(?![\p{L}\p{N}])`;
const BIRTH_WORD = String.raw`(?:geboren(?:[ \t]+op)?|geb\.(?:[ \t]*op)?|geboortedatum|geb\.?[ \t]?datum)`;

const BIRTH_BEFORE = new RegExp(String.raw`(?<!\p{L})${BIRTH_WORD}[ \t]*:?[ \t]*\(?${DATE}`, 'giud');
const BIRTH_AFTER = new RegExp(String.raw`(?<![\p{L}\p{N}])${DATE},?[ \t]+(?:(?:is|werd)[ \t]+)?geboren(?!\p{L})`, 'giud');

/** Rules out "geboren op 45-13-1956": day 1–31, month 1–12 (a month name is always valid). */
function plausibleDate(date: string): boolean {
  const iso = /^\d{4}-(\d{2})-(\d{2})$/.exec(date);
  const dayMonth = iso ? [iso[2], iso[1]] : /^(\d{1,2})[-/.](\d{1,2})[-/.]/.exec(date)?.slice(1, 3);
  const day = Number(dayMonth ? dayMonth[0] : /^\d+/.exec(date)?.[0]);
  const month = dayMonth ? Number(dayMonth[1]) : 1;
  return day >= 1 && day <= 31 && month >= 1 && month <= 12;
}

export function findBirthDates(text: string): RawFinding[] {
  const found: RawFinding[] = [];
  for (const pattern of [BIRTH_BEFORE, BIRTH_AFTER]) {
    for (const m of text.matchAll(pattern)) {
      const span = m.indices?.[1];
      if (span && plausibleDate(m[1])) found.push({ kind: 'birthdate', start: span[0], end: span[1] });
    }
  }
  return found;
}

// Titles are matched in any case ("Mevrouw" at the start of a sentence); the name after it
// must start with a capital, which is what keeps "mevrouw de wethouder" out.
const TITLE = /(?<!\p{L})(?:mevrouw|meneer|mijnheer|mevr\.?|mw\.?|dhr\.?|de[ \t]+heer|familie|fam\.)(?!\p{L})[ \t\u00a0]*/giu;

const TUSSENVOEGSELS = ['van', 'de', 'der', 'den', 'het', "'t", '’t', 'ter', 'ten', 'te', 'in', 'op', 'aan', 'uit', 'la', 'le', 'du', 'des', 'da', 'di', 'von', 'el', 'al'];
// Without a first name before it Dutch writes the tussenvoegsel with a capital (meneer Van Dijk).
const TUSSENVOEGSEL = `(?:${TUSSENVOEGSELS.map((w) => (/^\p{L}/u.test(w) ? `[${w[0].toUpperCase()}${w[0]}]${w.slice(1)}` : w)).join('|')})`;
const INITIALS = String.raw`(?:\p{Lu}\.[ \t]?){1,4}`;
const CAPITALISED = String.raw`(?:\p{Lu}['’])?\p{Lu}[\p{Ll}\p{M}]+`;
const SURNAME = String.raw`${CAPITALISED}(?:-(?:${TUSSENVOEGSEL}[ \t]+){0,2}${CAPITALISED})*`;
const NAME = new RegExp(
  String.raw`(?:${INITIALS})?(?:${CAPITALISED}[ \t]+){0,2}(?:${TUSSENVOEGSEL}[ \t]+){0,3}${SURNAME}(?![\p{L}\p{N}])`,
  'yu',
);

/** Words that follow a form of address but name a role or a body, not a person. */
const NOT_A_NAME = new Set([
  'burgemeester', 'wethouder', 'voorzitter', 'griffier', 'secretaris', 'directeur', 'minister',
  'staatssecretaris', 'commissaris', 'gedeputeerde', 'raadslid', 'ombudsman', 'ombudsvrouw', 'notaris',
  'dokter', 'huisarts', 'advocaat', 'rechter', 'officier', 'president', 'pastoor', 'dominee',
  'professor', 'wijkagent', 'agent', 'gemeente', 'wijkteam', 'buurtcoach', 'opbouwwerker', 'bewoner',
  'bewoonster', 'eigenaar', 'huurder', 'buurman', 'buurvrouw',
]);

export function findNames(text: string): RawFinding[] {
  const found: RawFinding[] = [];
  for (const title of text.matchAll(TITLE)) {
    // "20 MW Zonnepark" is megawatts; the title "mw." is written in lower case or with a dot.
    if (title[0].trimEnd() === 'MW') continue;
    NAME.lastIndex = title.index + title[0].length;
    const name = NAME.exec(text);
    if (!name) continue;
    const words = name[0].split(/[ \t-]+/);
    if (words.some((w) => NOT_A_NAME.has(w.toLowerCase()))) continue;
    found.push({ kind: 'name', start: name.index, end: name.index + name[0].length });
  }
  return found;
}
