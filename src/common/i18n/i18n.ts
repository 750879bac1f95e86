import { Language, LANGUAGES } from '../../config/app-config';
import { Catalogue, catalogues } from './catalogue';

/** Looks up "section.key" in the catalogue of a language and fills in {placeholders}. */
export function translate(lang: Language, key: string, params: Record<string, unknown> = {}): string {
  const text = lookup(catalogues[lang], key) ?? lookup(catalogues.nl, key);
  if (text === undefined) throw new Error(`Missing text for "${key}"`);
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

function lookup(catalogue: Catalogue, key: string): string | undefined {
  let node: unknown = catalogue;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : undefined;
}

/**
 * The language a person sees: their choice (cookie) first, then the browser's Accept-Language,
 * then the portal's default.
 */
export function chooseLanguage(cookie: string | undefined, acceptLanguage: string | undefined, fallback: Language): Language {
  if (isLanguage(cookie)) return cookie;
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((entry, index) => {
      const [tag, ...params] = entry.trim().split(';');
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)).find(Boolean);
      return { lang: tag.toLowerCase().split('-')[0], q: q ? Number(q[1]) : 1, index };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return ranked.map((entry) => entry.lang).find(isLanguage) ?? fallback;
}

export function isLanguage(value: unknown): value is Language {
  return LANGUAGES.includes(value as Language);
}
