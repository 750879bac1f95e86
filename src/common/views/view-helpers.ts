import type { HelperOptions } from 'handlebars';
import { Language } from '../../config/app-config';
import { formatDate, formatDateTime, formatShortDate, formatTime, formatTimeRange, isoDateTime } from '../dates/format-dates';
import { formatEuro } from '../format/money';
import { isLanguage, translate } from '../i18n/i18n';

/*
 * Helpers every template can use. The person's language sits in res.locals.lang, which
 * Handlebars passes to helpers as the root context.
 */

function lang(options: HelperOptions): Language {
  const value = (options.data?.root as { lang?: unknown } | undefined)?.lang;
  return isLanguage(value) ? value : 'nl';
}

function asDate(value: unknown): Date {
  return value instanceof Date ? value : new Date(String(value));
}

/** The last argument Handlebars passes is always its options object. */
function split(args: unknown[]): [unknown[], HelperOptions] {
  return [args.slice(0, -1), args[args.length - 1] as HelperOptions];
}

export const viewHelpers: Record<string, (...args: never[]) => unknown> = {
  /** {{t "edition.placesLeft" count=3 max=20}}, or {{t key params}} with the values in an object. */
  t: (key: string, ...rest: unknown[]) => {
    const [args, options] = split(rest);
    const params = (args[0] && typeof args[0] === 'object' ? args[0] : {}) as Record<string, unknown>;
    return translate(lang(options), key, { ...params, ...options.hash });
  },
  date: (value: unknown, options: HelperOptions) => formatDate(asDate(value), lang(options)),
  shortDate: (value: unknown, options: HelperOptions) => formatShortDate(asDate(value), lang(options)),
  time: (value: unknown, options: HelperOptions) => formatTime(asDate(value), lang(options)),
  dateTime: (value: unknown, options: HelperOptions) => formatDateTime(asDate(value), lang(options)),
  timeRange: (start: unknown, end: unknown, options: HelperOptions) =>
    formatTimeRange(asDate(start), asDate(end), lang(options)),
  isoDate: (value: unknown) => isoDateTime(asDate(value)),
  euro: (cents: number, options: HelperOptions) => formatEuro(cents, lang(options)),
  eq: (a: unknown, b: unknown) => a === b,
  /** {{#if (or a b)}} */
  or: (...args: unknown[]) => split(args)[0].some(Boolean),
  and: (...args: unknown[]) => split(args)[0].every(Boolean),
  not: (value: unknown) => !value,
  /** {{t (concat "people.role." role)}} */
  concat: (...args: unknown[]) => split(args)[0].map(String).join(''),
  encode: (value: unknown) => encodeURIComponent(String(value ?? '')),
  /** {{#contentFor "title"}}…{{/contentFor}} in a view fills {{block "title"}} in the layout. */
  contentFor(name: string, options: HelperOptions) {
    blocks(options)[name] = options.fn(this);
    return '';
  },
  block: (name: string, options: HelperOptions) => blocks(options)[name] ?? '',
};

/** The view and its layout are rendered with the same root object, so blocks travel on it. */
function blocks(options: HelperOptions): Record<string, string> {
  const root = options.data.root as { _blocks?: Record<string, string> };
  root._blocks ??= {};
  return root._blocks;
}
