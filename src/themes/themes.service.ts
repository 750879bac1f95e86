import { Injectable } from '@nestjs/common';
import type { Actor } from '../auth/actor';
import { ForbiddenError, NotFoundError } from '../common/errors/domain-errors';
import { type FieldErrors, parseForm } from '../common/forms/parse-form';
import { Transactions } from '../database/transactions';
import type { Edition } from '../editions/edition.entity';
import { EditionAccess, EditionAccessService } from '../enrolments/edition-access';
import { ThemeForm } from './dto/theme.form';
import type { Theme } from './theme.entity';
import { canManageThemes } from './themes.policy';
import { ThemesRepository } from './themes.repository';

export interface ThemeRow {
  id: number;
  /** 1, 2, 3… as the trainer counts them. */
  number: number;
  first: boolean;
  last: boolean;
  /** What the form shows: the stored theme, or what the trainer typed when it had an error. */
  values: Record<string, unknown>;
  errors?: FieldErrors;
}

export interface ThemesPage {
  edition: Edition;
  themes: ThemeRow[];
  /** The "add a theme" form. */
  values: Record<string, unknown>;
  errors?: FieldErrors;
}

export type ThemeOutcome = { ok: true; name: string } | { ok: false; page: ThemesPage };

export type Direction = 'up' | 'down';

/** The theme list of an edition, kept by its trainers on a settings page that works without scripts. */
@Injectable()
export class ThemesService {
  constructor(
    private readonly access: EditionAccessService,
    private readonly themes: ThemesRepository,
    private readonly transactions: Transactions,
  ) {}

  async page(actor: Actor, slug: string): Promise<ThemesPage> {
    const { edition } = await this.openForManaging(actor, slug);
    return this.buildPage(edition, await this.themes.findActive(edition.id));
  }

  async add(actor: Actor, slug: string, body: unknown): Promise<ThemeOutcome> {
    const { edition } = await this.openForManaging(actor, slug);
    const form = parseForm(ThemeForm, body);
    return this.transactions.write(async (m) => {
      const current = await this.themes.findActive(edition.id, m);
      const errors = form.ok ? duplicateError(current, form.value.name) : form.errors;
      if (!form.ok || errors) return { ok: false, page: { ...this.buildPage(edition, current), values: form.values, errors } };
      await this.themes.create(m, { editionId: edition.id, ...pick(form.value) });
      return { ok: true, name: form.value.name };
    });
  }

  async save(actor: Actor, slug: string, id: number, body: unknown): Promise<ThemeOutcome> {
    const { edition } = await this.openForManaging(actor, slug);
    const form = parseForm(ThemeForm, body);
    return this.transactions.write(async (m) => {
      const current = await this.themes.findActive(edition.id, m);
      if (!current.some((theme) => theme.id === id)) throw new NotFoundError();
      const errors = form.ok ? duplicateError(current.filter((theme) => theme.id !== id), form.value.name) : form.errors;
      if (!form.ok || errors) {
        const page = this.buildPage(edition, current);
        page.themes = page.themes.map((row) => (row.id === id ? { ...row, values: form.values, errors } : row));
        return { ok: false, page };
      }
      await this.themes.update(m, id, pick(form.value));
      return { ok: true, name: form.value.name };
    });
  }

  async move(actor: Actor, slug: string, id: number, direction: Direction): Promise<string> {
    const { edition } = await this.openForManaging(actor, slug);
    return this.transactions.write(async (m) => {
      const order = await this.themes.findActive(edition.id, m);
      const from = order.findIndex((theme) => theme.id === id);
      if (from === -1) throw new NotFoundError();
      const { name } = order[from];
      const to = direction === 'up' ? from - 1 : from + 1;
      if (to >= 0 && to < order.length) [order[from], order[to]] = [order[to], order[from]];
      await this.themes.reorder(m, order.map((theme) => theme.id));
      return name;
    });
  }

  /** Cases that chose the theme keep it; see Theme. */
  async remove(actor: Actor, slug: string, id: number, now = new Date()): Promise<string> {
    const { edition } = await this.openForManaging(actor, slug);
    return this.transactions.write(async (m) => {
      const theme = await this.themes.findActiveById(edition.id, id, m);
      if (!theme) throw new NotFoundError();
      await this.themes.remove(m, theme.id, now);
      return theme.name;
    });
  }

  private async openForManaging(actor: Actor, slug: string): Promise<EditionAccess> {
    const access = await this.access.open(actor, slug);
    if (!canManageThemes(actor, access.enrolment)) throw new ForbiddenError();
    return access;
  }

  private buildPage(edition: Edition, themes: Theme[]): ThemesPage {
    return {
      edition,
      themes: themes.map((theme, index) => ({
        id: theme.id,
        number: index + 1,
        first: index === 0,
        last: index === themes.length - 1,
        values: { name: theme.name, description: theme.description, keywords: theme.keywords },
      })),
      values: {},
    };
  }
}

function pick(form: ThemeForm): Pick<Theme, 'name' | 'description' | 'keywords'> {
  return { name: form.name, description: form.description, keywords: form.keywords };
}

/** Two themes with one name would make the choice in the case form ambiguous. */
function duplicateError(others: Theme[], name: string): FieldErrors | undefined {
  const taken = others.some((theme) => theme.name.toLocaleLowerCase('nl') === name.toLocaleLowerCase('nl'));
  return taken ? { name: 'themes.duplicate' } : undefined;
}
