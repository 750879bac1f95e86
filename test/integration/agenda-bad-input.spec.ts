import { Case } from '../../src/cases/entities/case.entity';
import { Theme } from '../../src/themes/theme.entity';
import { agendaFixture, alertsOf, blocksOf, editorSession, SIX_CASES, timelineOf, unplannedOf } from '../factories/agenda';
import { createCase } from '../factories/cases';
import { createUser, enrol } from '../factories/people';
import { visibleText } from '../utils/html';
import { loggedIn } from '../utils/session';
import { startTestApp, TestApp } from '../utils/test-app';

/** What goes wrong around an agenda: a clear message, a consistent agenda, never a lost case or a 500. */
describe('the agenda when things change or do not fit', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });

  afterAll(() => t.close());

  async function setUp(specs = SIX_CASES, fields = {}) {
    const f = await agendaFixture(t.dataSource, ['wonen', 'energie', 'jongeren'], specs, fields);
    const editor = editorSession(await loggedIn(t.app.getHttpServer(), f.trainer.email), f.edition.slug);
    return { f, editor };
  }

  it('refuses a proposal without submitted cases', async () => {
    const { editor } = await setUp([{ title: 'Nog een concept', text: 'Half af.', status: 'draft' }]);
    expect(visibleText((await editor.page()).text)).toContain('Voorstel Er zijn nog geen ingediende casussen. Een voorstel kan pas als er casussen zijn.');
    const html = await editor.change('voorstel');
    expect(alertsOf(html)[0]).toEqual('Er zijn nog geen ingediende casussen. Een voorstel kan pas als er casussen zijn.');
    expect(visibleText(html)).toContain('Er is nog geen agenda. Maak eerst een voorstel.');
  });

  it('keeps a case withdrawn after the agenda was made in its block, without title or time', async () => {
    const { f, editor } = await setUp();
    await editor.change('voorstel');
    await t.dataSource.getRepository(Case).update(f.cases[2].id, { status: 'withdrawn', withdrawnAt: new Date() });
    const html = (await editor.page()).text;
    expect(visibleText(html)).toContain('Let op Cor de Wit heeft een casus ingetrokken nadat de agenda was gemaakt. Die casus krijgt geen tijd meer.');
    expect(blocksOf(html)[2]).toEqual(['jongeren', ['Ingetrokken casus van Cor de Wit', 'Een jongerenraad die werkt']]);
    expect(html).not.toContain('Een hangplek bij het winkelcentrum');
    expect(timelineOf(html).filter((row) => row.startsWith('15.'))).toEqual(['15.10–15.40 uur energie (vervolg)', '15.10–15.40 uur Een warmtenet in de wijk Eva Evers, Gemeente Voorbeeld', '15.40–16.10 uur jongeren', '15.40–16.10 uur Een jongerenraad die werkt Fleur Faber, Gemeente Voorbeeld']);
  });

  it('lists a case submitted after the agenda was made under "Niet ingepland", to place', async () => {
    const { f, editor } = await setUp();
    await editor.change('voorstel');
    const late = await createUser(t.dataSource, { name: 'Gijs Groen' });
    await enrol(t.dataSource, f.edition, late, 'participant');
    const added = await createCase(t.dataSource, f.edition, late, { text: { title: 'Een buurtbus zonder chauffeurs' } });
    let html = (await editor.page()).text;
    expect(visibleText(html)).toContain('Er is 1 casus ingediend nadat de agenda was gemaakt. Je vindt hem onder Niet ingepland.');
    expect(unplannedOf(html)).toEqual(['Een buurtbus zonder chauffeurs: Gijs Groen · Nieuw ingediend, nog niet ingedeeld']);
    const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    html = await editor.change(`casussen/${added.id}/verplaatsen`, { blockNumber: '1' });
    expect(blocksOf(html)[0]).toEqual(['wonen', ['Huurders en de renovatie', 'Starters zoeken een woning', 'Een buurtbus zonder chauffeurs']]);
    expect(unplannedOf(html)).toEqual([]);
  });

  it('keeps the block of a theme that was removed from the list, and says so', async () => {
    const { f, editor } = await setUp();
    await editor.change('voorstel');
    await t.dataSource.getRepository(Theme).update(f.themes.get('energie')!.id, { removedAt: new Date() });
    const html = (await editor.page()).text;
    expect(visibleText(html)).toContain('Het thema energie is uit de themalijst verwijderd. Het blok energie blijft bestaan; geef het zo nodig een andere naam.');
    expect(visibleText(html)).toContain('energie 14.15–15.40 uur · thema energie (verwijderd uit de themalijst)');
    expect(blocksOf(html).map(([label, titles]) => [label, titles.length])).toEqual([['wonen', 2], ['energie', 2], ['jongeren', 2]]);
  });

  it('shows why a meeting that is too short has no schedule, and keeps every case', async () => {
    // 13.00–13.30 uur: opening and closing of 15 minutes leave nothing.
    const { editor } = await setUp(SIX_CASES, { meeting2End: new Date('2030-10-03T11:30:00Z') });
    const html = await editor.change('voorstel');
    expect(visibleText(html)).toContain(
      'De bijeenkomst is te kort: tussen opening, pauzes en afsluiting is geen 10 minuten vrij voor één casus. Pas de instellingen of de pauzes hieronder aan. Er gaat niets verloren: alle casussen staan nog in hun blok.',
    );
    expect(blocksOf(html).flatMap(([, titles]) => titles).length).toEqual(6);
    expect(timelineOf(html)).toEqual([]);
    const publish = await editor.post('publiceren');
    expect(publish.status).toEqual(303);
    expect(alertsOf((await editor.page()).text)[0]).toEqual('De bijeenkomst is te kort: tussen opening, pauzes en afsluiting is geen 10 minuten vrij voor één casus.');
  });

  it('lists cases that do not fit under "Niet ingepland" with the reason', async () => {
    const many = Array.from({ length: 14 }, (_, i) => ({ title: `Casus ${String(i + 1).padStart(2, '0')}`, text: 'Huurders en de woningcorporatie.', themes: ['wonen'] }));
    const { editor } = await setUp(many, { meeting2End: new Date('2030-10-03T13:00:00Z') });
    await editor.change('voorstel');
    const html = await editor.change('instellingen', { openingMinutes: '15', closingMinutes: '15', minMinutesPerCase: '15', maxMinutesPerCase: '30', tables: '1', room1: '', room2: '', room3: '', room4: '' });
    // 13.00–15.00 uur with the default break at 13.55 uur: two parts of 40 and 35 minutes, two cases of 15 minutes each.
    expect(visibleText(html)).toContain('Let op 10 casussen passen niet in de tijd. Je vindt ze onder Niet ingepland. Blok wonen gaat na de pauze verder.');
    const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    expect(unplannedOf(html).map((row) => row.replace(/ Persoon \d+ /, ' … '))).toEqual(Array.from({ length: 10 }, (_, i) => `Casus ${String(i + 5).padStart(2, '0')}: … · Geen tijd meer (blok wonen)`));
  });
});
