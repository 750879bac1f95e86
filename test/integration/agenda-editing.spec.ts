import { Agent, loggedIn } from '../utils/session';
import { agendaFixture, AgendaFixture, alertsOf, blocksOf, editorSession, EditorSession, SIX_CASES, timelineOf } from '../factories/agenda';
import { createUser, enrol } from '../factories/people';
import { visibleText } from '../utils/html';
import { startTestApp, TestApp } from '../utils/test-app';

/** The trainer builds the agenda without scripts: every change is a form post. */
describe('editing the agenda', () => {
  let t: TestApp;
  let f: AgendaFixture;
  let trainer: Agent;
  let editor: EditorSession;

  beforeAll(async () => {
    t = await startTestApp();
    f = await agendaFixture(t.dataSource, ['wonen', 'energie', 'jongeren'], SIX_CASES);
    trainer = await loggedIn(t.app.getHttpServer(), f.trainer.email);
    editor = editorSession(trainer, f.edition.slug);
  });

  afterAll(() => t.close());

  const id = (title: string) => String(f.cases.find((c) => c.title === title)!.id);

  it('starts empty and proposes blocks by theme, with the reasons and the times', async () => {
    const empty = visibleText((await editor.page()).text);
    expect(empty).toContain('Er is nog geen agenda. Maak eerst een voorstel.');
    expect(empty).toContain('Er zijn 6 ingediende casussen.');

    const html = await editor.change('voorstel');
    expect(alertsOf(html)[0]).toEqual('Het voorstel is klaar. Casussen: 6. Blokken: 3.');
    expect(blocksOf(html)).toEqual([
      ['wonen', ['Huurders en de renovatie', 'Starters zoeken een woning']],
      ['energie', ['Zonnepanelen op de sporthal', 'Een warmtenet in de wijk']],
      ['jongeren', ['Een hangplek bij het winkelcentrum', 'Een jongerenraad die werkt']],
    ]);
    expect(visibleText(html)).toContain('Waarom in dit blok? (zekerheid 100%) Door de auteur gekozen thema: wonen');
    expect(timelineOf(html)).toEqual([
      '12.30–13.00 uur Inloop',
      '13.00–13.15 uur Opening',
      '13.15–14.15 uur wonen',
      '13.15–13.45 uur Huurders en de renovatie Ans Akkerman, Gemeente Voorbeeld',
      '13.45–14.15 uur Starters zoeken een woning Dewi Dijkstra, Gemeente Voorbeeld',
      '14.15–14.45 uur energie',
      '14.15–14.45 uur Zonnepanelen op de sporthal Bram Bosman, Gemeente Voorbeeld',
      '14.55–15.10 uur Pauze',
      '15.10–15.40 uur energie (vervolg)',
      '15.10–15.40 uur Een warmtenet in de wijk Eva Evers, Gemeente Voorbeeld',
      '15.40–16.40 uur jongeren',
      '15.40–16.10 uur Een hangplek bij het winkelcentrum Cor de Wit, Gemeente Voorbeeld',
      '16.10–16.40 uur Een jongerenraad die werkt Fleur Faber, Gemeente Voorbeeld',
      '16.45–17.00 uur Afsluiting',
    ]);
    expect(visibleText(html)).toContain('Let op Blok energie gaat na de pauze verder.');
  });

  it('moves a case to another block and up and down', async () => {
    let html = await editor.change(`casussen/${id('Starters zoeken een woning')}/verplaatsen`, { blockNumber: '3' });
    expect(alertsOf(html)[0]).toEqual('"Starters zoeken een woning" staat nu in blok jongeren.');
    expect(blocksOf(html).map(([, titles]) => titles.length)).toEqual([1, 2, 3]);
    expect(visibleText(html)).toContain('Starters zoeken een woning Dewi Dijkstra, Gemeente Voorbeeld · 16.10–16.40 uur (30 min) Door jou ingedeeld.');

    html = await editor.change(`casussen/${id('Starters zoeken een woning')}/omhoog`);
    expect(blocksOf(html)[2]).toEqual(['jongeren', ['Een hangplek bij het winkelcentrum', 'Starters zoeken een woning', 'Een jongerenraad die werkt']]);
    html = await editor.change(`casussen/${id('Een hangplek bij het winkelcentrum')}/omlaag`);
    expect(blocksOf(html)[2]).toEqual(['jongeren', ['Starters zoeken een woning', 'Een hangplek bij het winkelcentrum', 'Een jongerenraad die werkt']]);
    html = await editor.change(`casussen/${id('Starters zoeken een woning')}/verplaatsen`, { blockNumber: '1', position: '1' });
    expect(blocksOf(html)[0]).toEqual(['wonen', ['Starters zoeken een woning', 'Huurders en de renovatie']]);
  });

  it('renames, splits, merges, adds and removes blocks', async () => {
    let html = await editor.change('blokken/2', { label: 'Energie en warmte' });
    expect(alertsOf(html)[0]).toEqual('Het blok heet nu Energie en warmte.');
    html = await editor.change('blokken/2/splitsen', { atCase: id('Een warmtenet in de wijk') });
    expect(blocksOf(html).map(([label, titles]) => `${label}: ${titles.join(', ')}`)).toEqual([
      'wonen: Starters zoeken een woning, Huurders en de renovatie',
      'Energie en warmte: Zonnepanelen op de sporthal',
      'Energie en warmte (deel 2): Een warmtenet in de wijk',
      'jongeren: Een hangplek bij het winkelcentrum, Een jongerenraad die werkt',
    ]);
    html = await editor.change('blokken/4/samenvoegen', { into: '2' });
    expect(alertsOf(html)[0]).toEqual('Blok Energie en warmte (deel 2) is samengevoegd met Energie en warmte.');
    expect(blocksOf(html)[1]).toEqual(['Energie en warmte', ['Zonnepanelen op de sporthal', 'Een warmtenet in de wijk']]);
    html = await editor.change('blokken/3/omhoog');
    expect(blocksOf(html).map(([label]) => label)).toEqual(['wonen', 'jongeren', 'Energie en warmte']);
    html = await editor.change('blokken', { label: 'Vragen uit de groep' });
    expect(blocksOf(html).map(([label]) => label)).toEqual(['wonen', 'jongeren', 'Energie en warmte', 'Vragen uit de groep']);
    expect(visibleText(html)).toContain('Blok Vragen uit de groep heeft geen casussen en staat niet in het schema.');
    html = await editor.change('blokken/4/verwijderen');
    expect(alertsOf(html)[0]).toEqual('Blok Vragen uit de groep is verwijderd.');
    html = await editor.change('blokken/1/verwijderen');
    expect(alertsOf(html)[0]).toEqual('Dit blok heeft nog casussen. Verplaats ze eerst.');
    expect(blocksOf(html).map(([label]) => label)).toEqual(['wonen', 'jongeren', 'Energie en warmte']);
  });

  it('gives a case its own time, within the minimum and maximum', async () => {
    const tooLong = await editor.post(`casussen/${id('Huurders en de renovatie')}/tijd`, { minutes: '45' });
    expect(tooLong.status).toEqual(422);
    expect(visibleText(/id="casus-\d+-minuten-fout"[^>]*>([\s\S]*?)<\/div>/.exec(tooLong.text)![1])).toEqual('Fout: Kies een tijd tussen 10 en 30 minuten, of laat het veld leeg.');
    expect(/<input[^>]*id="casus-\d+-minuten"[^>]*value="45"/.test(tooLong.text)).toBe(true);
    const html = await editor.change(`casussen/${id('Huurders en de renovatie')}/tijd`, { minutes: '20' });
    expect(alertsOf(html)[0]).toEqual('"Huurders en de renovatie" krijgt nu 20 minuten.');
    expect(timelineOf(html).find((row) => row.includes('Huurders'))).toEqual('13.45–14.05 uur Huurders en de renovatie Ans Akkerman, Gemeente Voorbeeld');
  });

  it('leaves a case out with a reason and puts it back', async () => {
    const noReason = await editor.post(`casussen/${id('Een jongerenraad die werkt')}/weglaten`, { reason: ' ' });
    expect(noReason.status).toEqual(422);
    expect(visibleText(noReason.text)).toContain('Fout: Schrijf kort op waarom je de casus weglaat.');
    let html = await editor.change(`casussen/${id('Een jongerenraad die werkt')}/weglaten`, { reason: 'De auteur kan niet komen' });
    expect(alertsOf(html)[0]).toEqual('"Een jongerenraad die werkt" is weggelaten. Je vindt de casus onder Niet ingepland.');
    const unplanned = visibleText(/<section[^>]*id="niet-ingepland"[^>]*>([\s\S]*?)<\/section>/.exec(html)![1]);
    expect(unplanned).toContain('Een jongerenraad die werkt Fleur Faber · Weggelaten Reden: De auteur kan niet komen');
    expect(timelineOf(html).some((row) => row.includes('jongerenraad'))).toBe(false);
    html = await editor.change(`casussen/${id('Een jongerenraad die werkt')}/verplaatsen`, { blockNumber: '3' });
    expect(blocksOf(html)[1]).toEqual(['jongeren', ['Een hangplek bij het winkelcentrum', 'Een jongerenraad die werkt']]);
    expect(visibleText(html)).toContain('Niet ingepland Alle ingediende casussen hebben een plek.');
  });

  it('changes the settings, with messages beside the fields', async () => {
    const fields = { openingMinutes: '20', closingMinutes: '10', minMinutesPerCase: '15', maxMinutesPerCase: '12', tables: 'auto', room1: '', room2: '', room3: '', room4: '' };
    const wrong = await editor.post('instellingen', fields);
    expect(wrong.status).toEqual(422);
    expect(visibleText(/id="instelling-maximum-fout"[^>]*>([\s\S]*?)<\/div>/.exec(wrong.text)![1])).toEqual('Fout: De maximale tijd moet minstens zo lang zijn als de minimale tijd (15 minuten).');
    expect(/id="instelling-opening"[^>]*value="20"/.test(wrong.text)).toBe(true);

    const tooShort = await editor.post('instellingen', { ...fields, openingMinutes: '120', closingMinutes: '120', maxMinutesPerCase: '30' });
    expect(tooShort.status).toEqual(422);
    expect(visibleText(tooShort.text)).toContain('De bijeenkomst is te kort: tussen opening, pauzes en afsluiting is geen 15 minuten vrij voor één casus.');

    const html = await editor.change('instellingen', { ...fields, maxMinutesPerCase: '20', tables: '2', room1: 'Grote zaal', room2: 'Serre' });
    expect(alertsOf(html)[0]).toEqual('De instellingen zijn opgeslagen.');
    expect(timelineOf(html).slice(0, 4)).toEqual([
      '12.30–13.00 uur Inloop Iedereen',
      '13.00–13.20 uur Opening Iedereen',
      '13.20–14.00 uur wonen Tafel 1 (Grote zaal)',
      '13.20–13.40 uur Starters zoeken een woning Dewi Dijkstra, Gemeente Voorbeeld Tafel 1',
    ]);
  });

  it('adds, moves and removes breaks, and refuses one outside the meeting', async () => {
    const outside = await editor.post('pauzes', { start: '12:15', minutes: '15' });
    expect(outside.status).toEqual(422);
    expect(visibleText(/id="pauze-nieuw-begin-fout"[^>]*>([\s\S]*?)<\/div>/.exec(outside.text)![1])).toEqual('Fout: Een pauze valt buiten de bijeenkomst, of overlapt met de opening of de afsluiting.');
    let html = await editor.change('pauzes', { start: '16.00', minutes: '10' });
    expect(timelineOf(html).filter((row) => row.includes('Pauze'))).toEqual(['14.55–15.10 uur Pauze Iedereen', '16.00–16.10 uur Pauze Iedereen']);
    html = await editor.change('pauzes/0', { start: '14:30', minutes: '20' });
    html = await editor.change('pauzes/1/verwijderen');
    expect(timelineOf(html).filter((row) => row.includes('Pauze'))).toEqual(['14.30–14.50 uur Pauze Iedereen']);
  });

  it('is for trainers and coordinators only', async () => {
    const participant = await createUser(t.dataSource);
    await enrol(t.dataSource, f.edition, participant, 'participant');
    const agent = await loggedIn(t.app.getHttpServer(), participant.email);
    expect((await agent.get(`/leerateliers/${f.edition.slug}/agenda/bewerken`)).status).toEqual(403);
    const coordinator = await createUser(t.dataSource, { isCoordinator: true });
    expect((await (await loggedIn(t.app.getHttpServer(), coordinator.email)).get(`/leerateliers/${f.edition.slug}/agenda/bewerken`)).status).toEqual(200);
  });
});

describe('the agenda in English', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });

  afterAll(() => t.close());

  it('has every text of the trainer’s page, the agenda, the print view and the calendar in English', async () => {
    const f = await agendaFixture(t.dataSource, ['wonen', 'energie', 'jongeren'], SIX_CASES);
    const trainer = await loggedIn(t.app.getHttpServer(), f.trainer.email);
    const editor = editorSession(trainer, f.edition.slug);
    await editor.change('voorstel');
    await editor.change(`casussen/${f.cases[0].id}/weglaten`, { reason: 'Kan niet' });
    await editor.change('publiceren');
    await trainer.get('/taal/en?terug=/');
    const edit = visibleText((await editor.page()).text);
    expect(edit).toContain('Edit the agenda of meeting 2');
    expect(edit).toContain('Not scheduled These cases have no time in the schedule.');
    const wrong = visibleText((await editor.post(`casussen/${f.cases[1].id}/tijd`, { minutes: '99' })).text);
    expect(wrong).toContain('Error: Choose a time between 10 and 30 minutes, or leave the field empty.');
    const base = `/leerateliers/${f.edition.slug}`;
    expect(visibleText((await trainer.get(`${base}/agenda`)).text)).toContain('Agenda of meeting 2 Leeratelier Burgerparticipatie');
    expect(visibleText((await trainer.get(`${base}/agenda/afdrukken`)).text)).toContain('Thursday 3 October 2030, 13:00–17:00 · doors open at 12:30');
    expect((await trainer.get(`${base}/agenda.ics`)).text).toContain('SUMMARY:Meeting 2: Leeratelier Burgerparticipatie');
  });
});
