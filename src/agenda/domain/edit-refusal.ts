/**
 * An edit that cannot be made as asked, with the text to show (a translation key and its
 * values) and, when it is about one field, that field. Nothing is saved.
 */
export class EditRefusal extends Error {
  constructor(
    readonly key: string,
    readonly params: Record<string, string | number> = {},
    readonly field?: string,
  ) {
    super(key);
    this.name = 'EditRefusal';
  }
}
