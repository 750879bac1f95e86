import { Language } from '../../config/app-config';

/**
 * "€ 495,-" for whole euros and "€ 495,50" otherwise, as Dutch price lists write it;
 * "€495" / "€495.50" in English.
 */
export function formatEuro(cents: number, lang: Language = 'nl'): string {
  const euros = Math.trunc(cents / 100);
  const rest = Math.abs(cents % 100);
  const whole = euros.toLocaleString(lang === 'nl' ? 'nl-NL' : 'en-GB');
  if (lang === 'nl') return rest === 0 ? `€ ${whole},-` : `€ ${whole},${String(rest).padStart(2, '0')}`;
  return rest === 0 ? `€${whole}` : `€${whole}.${String(rest).padStart(2, '0')}`;
}
