/** The same shape as the Dutch text, with a string at every leaf. */
export type SameKeys<T> = { [K in keyof T]: T[K] extends string ? string : SameKeys<T[K]> };

/**
 * Each feature keeps its own Dutch and English text beside its code. The type checker makes
 * sure the English has every key the Dutch has.
 */
export function defineMessages<T extends object>(nl: T, en: SameKeys<T>): { nl: SameKeys<T>; en: SameKeys<T> } {
  return { nl: nl as SameKeys<T>, en };
}
