import { BadRequestException, Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import type { Actor } from '../auth/actor';
import { NotFoundError } from '../common/errors/domain-errors';
import { type FieldErrors, parseForm } from '../common/forms/parse-form';
import { Transactions } from '../database/transactions';
import { Edition, EditionStatus } from '../editions/edition.entity';
import { isValidSlug } from '../editions/edition-rules';
import { requireEditionManager } from './admin-access';
import { AdminPages, EditionPage } from './admin-pages';
import { AdminRepository } from './admin.repository';
import { cloneEditionSettings } from './clone-edition';
import { EditionForm, StatusForm } from './dto/edition.form';
import { checkEditionForm, formInputFrom, type FormSettings } from './edition-form-rules';
import { makeSlug, uniqueSlug } from './edition-inputs';

export type SaveOutcome = { ok: true; edition: Edition } | { ok: false; page: EditionPage };

/** Creating, changing, copying and opening or closing editions: coordinators only. */
@Injectable()
export class AdminEditionsService {
  constructor(
    private readonly admin: AdminRepository,
    private readonly pages: AdminPages,
    private readonly transactions: Transactions,
  ) {}

  newEditionPage(actor: Actor): EditionPage {
    requireEditionManager(actor);
    return this.pages.newEdition();
  }

  async create(actor: Actor, body: unknown): Promise<SaveOutcome> {
    requireEditionManager(actor);
    const { settings, errors, values } = readForm(body);
    if (!settings) return { ok: false, page: this.pages.newEdition(values, errors) };
    const edition = await this.transactions.write(async (manager) => {
      const slug = await this.slugFor(manager, settings);
      if (!slug) return undefined;
      return this.admin.insertEdition(manager, { ...settings, slug, status: settings.status ?? 'draft' });
    });
    if (!edition) return { ok: false, page: this.pages.newEdition(values, { slug: 'admin.rule.slugTaken' }) };
    return { ok: true, edition };
  }

  async editPage(actor: Actor, slug: string): Promise<EditionPage> {
    requireEditionManager(actor);
    return this.pages.editEdition(await this.find(slug));
  }

  async update(actor: Actor, slug: string, body: unknown): Promise<SaveOutcome> {
    requireEditionManager(actor);
    const edition = await this.find(slug);
    const { settings, errors, values } = readForm(body);
    if (!settings) return { ok: false, page: await this.pages.editEdition(edition, { values, errors }) };
    const updated = await this.transactions.write(async (manager) => {
      const newSlug = await this.slugFor(manager, settings, edition.id);
      if (!newSlug) return undefined;
      const fields = { ...settings, slug: newSlug, status: settings.status ?? edition.status };
      await this.admin.updateEdition(manager, edition.id, fields);
      return { ...edition, ...fields };
    });
    if (!updated) return { ok: false, page: await this.pages.editEdition(edition, { values, errors: { slug: 'admin.rule.slugTaken' } }) };
    return { ok: true, edition: updated };
  }

  /** A draft copy with the same settings and a free slug; see cloneEditionSettings for what is copied. */
  async clone(actor: Actor, slug: string): Promise<{ original: Edition; copy: Edition }> {
    requireEditionManager(actor);
    const original = await this.find(slug);
    const settings = cloneEditionSettings(original);
    const copy = await this.transactions.write(async (manager) => {
      const base = makeSlug(`${original.slug}-kopie`);
      const copySlug = uniqueSlug(base, await this.admin.slugsLike(manager, base));
      return this.admin.insertEdition(manager, { ...settings.edition, slug: copySlug });
    });
    return { original, copy };
  }

  async changeStatus(actor: Actor, slug: string, body: unknown): Promise<{ edition: Edition; status: EditionStatus }> {
    requireEditionManager(actor);
    const edition = await this.find(slug);
    const form = parseForm(StatusForm, body);
    // The page offers buttons only; anything else was typed by hand.
    if (!form.ok) throw new BadRequestException('Unknown status');
    await this.transactions.write((manager) => this.admin.updateEdition(manager, edition.id, { status: form.value.status }));
    return { edition, status: form.value.status };
  }

  private async find(slug: string): Promise<Edition> {
    const edition = isValidSlug(slug) ? await this.admin.findEditionBySlug(slug) : null;
    if (!edition) throw new NotFoundError();
    return edition;
  }

  /**
   * The slug to store: the one typed, when no other edition has it (undefined when taken), or
   * one made from the title with -2, -3… until it is free.
   */
  private async slugFor(manager: EntityManager, settings: FormSettings, exceptId?: number): Promise<string | undefined> {
    if (settings.slug) {
      const taken = await this.admin.slugsLike(manager, settings.slug, exceptId);
      return taken.has(settings.slug) ? undefined : settings.slug;
    }
    const base = makeSlug(settings.title);
    return uniqueSlug(base, await this.admin.slugsLike(manager, base, exceptId));
  }
}

/**
 * The form class's messages and those of the rules together, so a person sees everything to
 * fix at once; where both have one for a field, the form class's ("fill this in") wins.
 */
function readForm(body: unknown): { settings?: FormSettings; errors: FieldErrors; values: Record<string, unknown> } {
  const form = parseForm(EditionForm, body);
  const rules = checkEditionForm(formInputFrom(form.values));
  if (!form.ok) return { errors: { ...rules.errors, ...form.errors }, values: form.values };
  if (!rules.settings) return { errors: rules.errors, values: form.values };
  return { settings: { ...rules.settings, status: form.value.status }, errors: {}, values: form.values };
}
