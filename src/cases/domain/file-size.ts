import type { Language } from '../../config/app-config';

const UNITS = ['bytes', 'kB', 'MB', 'GB'];

/** "830 bytes", "12 kB", "1,5 MB" (Dutch) / "1.5 MB" (English); powers of 1024, as file managers show them. */
export function formatFileSize(bytes: number, lang: Language = 'nl'): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  const digits = unit === 0 || value >= 10 ? 0 : 1;
  const number = new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: digits }).format(value);
  return `${number} ${UNITS[unit]}`;
}
