import { DataSource } from 'typeorm';
import { Edition } from '../../src/editions/edition.entity';
import { User } from '../../src/users/user.entity';
import { Theme } from '../../src/themes/theme.entity';
import { caseFormFields, cardTitles, createCase, createTheme } from '../factories/cases';
import { createEdition } from '../factories/editions';
import { createUser, enrol } from '../factories/people';
import { textOf, visibleText } from '../utils/html';
import { Agent, loggedIn, postForm } from '../utils/session';
import { startTestApp, TestApp } from '../utils/test-app';

/** Counts the SQL statements SQLite runs while `work` runs. */
async function countQueries(dataSource: DataSource, work: () => Promise<unknown>): Promise<number> {
  const connection = (dataSource.driver as unknown as { databaseConnection: Record<'all' | 'run', (...args: unknown[]) => unknown> }).databaseConnection;
  const original = { all: connection.all, run: connection.run };
  let count = 0;
  for (const method of ['all', 'run'] as const) {
    connection[method] = function (this: unknown, ...args: unknown[]) {
      count++;
      return original[method].apply(this, args);
    };
  }
  try {
    await work();
  } finally {
    Object.assign(connection, original);
  }
  return count;
}

describe('reading cases', () => {
  let t: TestApp;
  let edition: Edition;
  let reader: Agent;
  let themes: Record<'wonen' | 'energie' | 'jongeren', Theme>;
  let authors: User[];

  beforeAll(async () => {
    t = await startTestApp();
    edition = await createEdition(t.dataSource);
    themes = {
      wonen: await createTheme(t.dataSource, edition, 'wonen', 1),
      energie: await createTheme(t.dataSource, edition, 'energie', 2),
      jongeren: await createTheme(t.dataSource, edition, 'jongeren', 3),
    };
    authors = [];
    for (const [name, organisation] of [['Anne de Vries', 'Gemeente Westerkwartier'], ['Jeroen Bakker', 'Gemeente Midden-Groningen'], ['Fatima El Amrani', 'Gemeente Zaanstad']]) {
      const user = await createUser(t.dataSource, { name, organisation });
      await enrol(t.dataSource, edition, user, 'participant');
      authors.push(user);
    }
    const guest = await createUser(t.dataSource);
    await enrol(t.dataSource, edition, guest, 'guest');
    reader = await loggedIn(t.app.getHttpServer(), guest.email);
    await createCase(t.dataSource, edition, authors[0], { text: { title: 'Zonnepanelen op het dorpshuis', organisation: 'Gemeente Westerkwartier' }, themes: [themes.energie], submittedAt: new Date('2030-09-21T10:00:00Z') });
    await createCase(t.dataSource, edition, authors[1], { text: { title: 'Anders wonen in Hoogezand', organisation: 'Gemeente Midden-Groningen', otherTheme: 'krimp' }, themes: [themes.wonen, themes.jongeren], versions: 2, submittedAt: new Date('2030-09-20T10:00:00Z') });
    await createCase(t.dataSource, edition, authors[2], { status: 'draft', text: { title: 'Nog niet af' } });
  });

  afterAll(() => t.close());

  const overview = (query = '') => reader.get(`/leerateliers/${edition.slug}/casussen${query}`);

  it('shows a card per submitted case with author, organisation, themes, dates and comments', async () => {
    const res = await overview();
    expect(textOf(res.text, 'h1')).toEqual(`Casussen: ${edition.title}`);
    expect(cardTitles(res.text)).toEqual(['Anders wonen in Hoogezand', 'Zonnepanelen op het dorpshuis']);
    const text = visibleText(res.text);
    expect(text).toContain('Ingediende casussen: 2');
    expect(text).toContain(
      'Anders wonen in Hoogezand Jeroen Bakker · Gemeente Midden-Groningen wonen jongeren Anders: krimp Ingediend op 20 september 2030 · aangepast: versie 2 van 20 september 2030 · 0 reacties',
    );
    expect(text).toContain('Zonnepanelen op het dorpshuis Anne de Vries · Gemeente Westerkwartier energie Ingediend op 21 september 2030 · 0 reacties');
    expect(text).not.toContain('Nog niet af');
  });

  it('filters by theme and sorts by title', async () => {
    expect(cardTitles((await overview(`?thema=${themes.energie.id}`)).text)).toEqual(['Zonnepanelen op het dorpshuis']);
    expect(cardTitles((await overview('?thema=anders')).text)).toEqual(['Anders wonen in Hoogezand']);
    const none = await overview(`?thema=${themes.jongeren.id + 100}`);
    expect([cardTitles(none.text), visibleText(none.text).includes('0 van de 2 ingediende casussen')]).toEqual([[], true]);
    expect(cardTitles((await overview('?sorteer=titel')).text)).toEqual(['Anders wonen in Hoogezand', 'Zonnepanelen op het dorpshuis']);
    expect(cardTitles((await overview('?sorteer=ingediend')).text)).toEqual(['Anders wonen in Hoogezand', 'Zonnepanelen op het dorpshuis']);
    const filter = (await overview(`?thema=${themes.wonen.id}&sorteer=titel`)).text;
    expect(filter).toContain(`<option value="${themes.wonen.id}" selected>wonen</option>`);
    expect(filter).toContain('<option value="titel" selected>');
  });

  it('loads the overview in the same number of queries however many cases there are', async () => {
    const before = await countQueries(t.dataSource, () => overview());
    for (const author of authors) await createCase(t.dataSource, edition, author, { themes: [themes.wonen, themes.energie], versions: 3 });
    const after = await countQueries(t.dataSource, () => overview());
    expect(cardTitles((await overview()).text).length).toEqual(5);
    expect(after).toEqual(before);
  });

  it('shows a title with markup as text and runs nothing', async () => {
    const author = authors[0];
    const writer = await loggedIn(t.app.getHttpServer(), author.email);
    await t.dataSource.query('INSERT INTO case_settings (editionId, maxCasesPerParticipant) VALUES (?, 5)', [edition.id]);
    const res = await postForm(writer, `/leerateliers/${edition.slug}/mijn-casus`, { ...caseFormFields({ title: '<script>alert(1)</script>', situation: '<img src=x onerror=alert(2)>' }, [themes.wonen.id]), actie: 'indienen' });
    expect(res.status).toEqual(303);
    for (const path of [`/leerateliers/${edition.slug}/casussen`, res.headers.location]) {
      const page = await reader.get(path);
      expect(page.text).not.toContain('<script>alert(1)');
      expect(page.text).not.toContain('<img src=x');
      expect(page.text).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      expect(visibleText(page.text)).toContain('<script>alert(1)</script>');
    }
  });

  it('shows what changed between two versions, and an earlier version in full', async () => {
    const author = authors[2];
    const writer = await loggedIn(t.app.getHttpServer(), author.email);
    const draft = await createCase(t.dataSource, edition, author, { status: 'draft', text: { title: 'Jongerenraad' }, themes: [themes.jongeren] });
    const path = `/leerateliers/${edition.slug}/casussen/${draft.id}`;
    await postForm(writer, path, { ...caseFormFields({ title: 'Jongerenraad', situation: 'De raad komt weinig bijeen.' }, [themes.jongeren.id]), actie: 'indienen' });
    await postForm(writer, path, { ...caseFormFields({ title: 'Jongerenraad', situation: 'De raad komt elke maand bijeen.' }, [themes.wonen.id]), actie: 'indienen' });
    const diff = await reader.get(`${path}/versies`);
    expect(visibleText(diff.text)).toContain('Wat er veranderd is van versie 1 naar versie 2.');
    expect(diff.text).toContain(
      'De raad komt <del><span class="casus-visually-hidden">[weggehaald: </span>weinig<span class="casus-visually-hidden">]</span></del><ins><span class="casus-visually-hidden">[toegevoegd: </span>elke maand<span class="casus-visually-hidden">]</span></ins> bijeen.',
    );
    expect(diff.text).toContain(
      '<li><ins><span class="casus-visually-hidden">[toegevoegd: </span>wonen<span class="casus-visually-hidden">]</span></ins></li><li><del><span class="casus-visually-hidden">[weggehaald: </span>jongeren<span class="casus-visually-hidden">]</span></del></li>',
    );
    const old = await reader.get(`${path}/versies/1`);
    expect(visibleText(old.text)).toContain('Je bekijkt versie 1. De nieuwste versie is versie 2.');
    expect(visibleText(old.text)).toContain('Wat speelt er? De raad komt weinig bijeen.');
    expect((await reader.get(`${path}/versies/3`)).status).toEqual(404);
    expect((await reader.get(`${path}/versies?van=2&naar=2`)).text).toContain('Er is niets veranderd tussen deze versies.');
  });
});
