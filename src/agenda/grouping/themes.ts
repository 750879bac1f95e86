import { WeighedWord, wordsOf } from './analyze';
import { foldAccents } from './dutch-resources';
import { THEME_FAMILIES } from './theme-lexicon';
import { stemDutch } from './tokenize';
import { CaseInput, ThemeInput } from './types';

export interface Theme {
  name: string;
  /** True for a theme an author picked that is not on the edition's list. */
  extra: boolean;
  /** The theme's own words: name, description, keywords, and related words from the lexicon. */
  words: WeighedWord[];
}

const NAME_WEIGHT = 2;
const KEYWORD_WEIGHT = 2;
const LEXICON_WEIGHT = 0.5;

/** Theme names match whatever the case and spacing: "Openbare ruimte  en Groen" is the same theme. */
export function themeKey(name: string): string {
  return foldAccents(name.toLowerCase()).replace(/\s+/g, ' ').trim();
}

/**
 * The themes in list order, then the themes authors picked that are not on the list, in
 * alphabetical order. Such a theme is kept rather than ignored: the author meant something by it,
 * and the trainer sees it as a block of its own and can merge it.
 */
export function resolveThemes(list: ThemeInput[] | undefined, cases: CaseInput[]): Theme[] {
  const themes: Theme[] = [];
  const seen = new Set<string>();
  for (const item of list ?? []) {
    const spec = typeof item === 'string' ? { name: item } : item;
    const name = (spec.name ?? '').trim();
    const key = themeKey(name);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    themes.push({ name, extra: false, words: themeWords(name, spec.description ?? '', spec.keywords ?? []) });
  }
  const extras = new Map<string, string>();
  for (const c of cases) {
    for (const picked of c.themes ?? []) {
      const key = themeKey(picked);
      if (key && !seen.has(key) && !extras.has(key)) extras.set(key, picked.trim());
    }
  }
  for (const key of [...extras.keys()].sort()) {
    const name = extras.get(key) ?? key;
    themes.push({ name, extra: true, words: themeWords(name, '', []) });
  }
  return themes;
}

/** The themes a case's author picked, as indexes into `themes`, without doubles, in list order. */
export function pickedThemes(c: CaseInput, themes: Theme[]): number[] {
  const keys = new Set((c.themes ?? []).map(themeKey));
  const picked: number[] = [];
  themes.forEach((theme, i) => {
    if (keys.has(themeKey(theme.name))) picked.push(i);
  });
  return picked;
}

function themeWords(name: string, description: string, keywords: string[]): WeighedWord[] {
  const own = [
    ...wordsOf(name, NAME_WEIGHT),
    ...wordsOf(description),
    ...keywords.flatMap((k) => wordsOf(k, KEYWORD_WEIGHT)),
  ];
  return [...own, ...lexiconWords(own)];
}

let familyTriggers: Set<string>[] | undefined;

function lexiconWords(own: WeighedWord[]): WeighedWord[] {
  familyTriggers ??= THEME_FAMILIES.map((f) => new Set(f.triggers.map((t) => stemDutch(foldAccents(t)))));
  const stems = new Set<string>();
  for (const { analysis } of own) {
    stems.add(analysis.stem);
    for (const part of analysis.parts) stems.add(part.stem);
  }
  const added: WeighedWord[] = [];
  THEME_FAMILIES.forEach((family, i) => {
    const triggers = familyTriggers?.[i];
    if (triggers && [...stems].some((s) => triggers.has(s))) {
      added.push(...wordsOf(family.words.join(' '), LEXICON_WEIGHT));
    }
  });
  return added;
}
