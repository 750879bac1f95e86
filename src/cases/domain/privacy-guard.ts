import type { Language } from '../../config/app-config';
import { findBirthDates, findEmails, findNames } from './privacy-context';
import { findAddresses, findBsnNumbers, findIbans, findPhoneNumbers } from './privacy-numbers';

/*
 * Points out text in a case that probably identifies a resident, so the author can take it
 * out before submitting. It is a help, not a gate: the author still confirms that residents
 * cannot be recognised. Because a checker that warns about everything gets ignored, every
 * detector prefers missing an odd case over flagging ordinary text.
 */

export type PersonalDataKind = 'postcode' | 'phone' | 'email' | 'bsn' | 'iban' | 'birthdate' | 'name';

export interface Finding {
  kind: PersonalDataKind;
  match: string;
  /** Offsets in the string, for slicing and highlighting (end is exclusive). */
  start: number;
  end: number;
  /** 1-based, for "regel 3, positie 12"; the column counts characters, not UTF-16 units. */
  line: number;
  column: number;
}

/** What a detector reports, before positions are worked out. */
export interface RawFinding {
  kind: PersonalDataKind;
  start: number;
  end: number;
}

/**
 * When two findings overlap the one earlier in this list wins: an IBAN contains digits that
 * could look like a phone number, an e-mail address can contain a name-like word.
 */
const PRIORITY: readonly PersonalDataKind[] = ['email', 'iban', 'postcode', 'birthdate', 'bsn', 'phone', 'name'];

const DETECTORS: readonly ((text: string) => RawFinding[])[] = [
  findEmails,
  findIbans,
  findAddresses,
  findBirthDates,
  findBsnNumbers,
  findPhoneNumbers,
  findNames,
];

export function findPersonalData(text: string): Finding[] {
  const kept = withoutOverlaps(DETECTORS.flatMap((detect) => detect(text)));
  const positions = positionsOf(text, kept.map((f) => f.start));
  return kept.map((f, i) => ({ kind: f.kind, match: text.slice(f.start, f.end), start: f.start, end: f.end, ...positions[i] }));
}

function withoutOverlaps(findings: RawFinding[]): RawFinding[] {
  const ordered = [...findings].sort(
    (a, b) => PRIORITY.indexOf(a.kind) - PRIORITY.indexOf(b.kind) || a.start - b.start || b.end - a.end,
  );
  const kept: RawFinding[] = [];
  for (const f of ordered) {
    if (!kept.some((k) => f.start < k.end && k.start < f.end)) kept.push(f);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * Line and column of each offset (given in ascending order), in one pass over the text. The
 * column counts code points, so that an emoji earlier on the line does not shift it.
 */
function positionsOf(text: string, offsets: number[]): { line: number; column: number }[] {
  const positions: { line: number; column: number }[] = [];
  let line = 1;
  let column = 1;
  let index = 0;
  for (const offset of offsets) {
    while (index < offset) {
      const code = text.codePointAt(index)!;
      index += code > 0xffff ? 2 : 1;
      if (code === 0x0a) {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    positions.push({ line, column });
  }
  return positions;
}

const LABELS: Record<Language, Record<PersonalDataKind, string>> = {
  nl: {
    postcode: 'postcode met huisnummer',
    phone: 'telefoonnummer',
    email: 'e-mailadres',
    bsn: 'burgerservicenummer (BSN)',
    iban: 'rekeningnummer (IBAN)',
    birthdate: 'geboortedatum',
    name: 'naam',
  },
  en: {
    postcode: 'postcode with house number',
    phone: 'phone number',
    email: 'email address',
    bsn: 'citizen service number (BSN)',
    iban: 'bank account number (IBAN)',
    birthdate: 'date of birth',
    name: 'name',
  },
};

export function kindLabel(kind: PersonalDataKind, lang: Language): string {
  return LABELS[lang][kind];
}
