import request from 'supertest';
import { Edition } from '../../src/editions/edition.entity';
import { Enrolment } from '../../src/enrolments/enrolment.entity';
import { createEdition } from '../factories/editions';
import { createUser, enrol } from '../factories/people';
import { textOf, visibleText } from '../utils/html';
import { type Agent, loggedIn, postForm } from '../utils/session';
import { startTestApp, TestApp } from '../utils/test-app';

/** A complete, valid edition form as a coordinator fills it in; 2030 is summer time (UTC+2). */
function editionFields(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    title: 'Leeratelier Burgerparticipatie najaar 2030', slug: '', description: 'Twee middagen over samenwerken met inwoners.',
    meeting1Date: '2030-09-19', meeting1StartTime: '13:00', meeting1EndTime: '17:00',
    meeting2Date: '2030-10-03', meeting2StartTime: '13:00', meeting2EndTime: '17:00',
    walkInMinutes: '30', venueName: 'Stadskantoor Utrecht', venueAddress: 'Stadsplateau 1, 3521 AZ Utrecht',
    capacityMin: '10', capacityMax: '20', fee: '495,50', deadlineDate: '', deadlineTime: '', status: 'open',
    ...overrides,
  };
}

/** One form field as a person sees it: the text of its label, hint and message, and the value in its box. */
function field(html: string, name: string): { text: string; value: string | undefined } {
  const label = html.indexOf(`for="veld-${name}"`);
  if (label < 0) throw new Error(`No field ${name}`);
  const start = html.lastIndexOf('<div class="utrecht-form-field', label);
  const input = html.indexOf(`id="veld-${name}"`, label);
  const tagStart = html.lastIndexOf('<', input);
  const end = html.indexOf('>', input) + 1;
  const value = /\bvalue="([^"]*)"/.exec(html.slice(tagStart, end))?.[1];
  return { text: visibleText(html.slice(start, end)), value: value === undefined ? undefined : visibleText(value) };
}

describe('coordinators manage editions', () => {
  let t: TestApp;
  let coordinator: Agent;

  beforeAll(async () => {
    t = await startTestApp();
    await createUser(t.dataSource, { email: 'coordinator@trainingsbureau.nl', name: 'Carla Coördinator', isCoordinator: true });
    coordinator = await loggedIn(t.app.getHttpServer(), 'coordinator@trainingsbureau.nl');
  });

  afterAll(() => t.close());

  const editionBySlug = (slug: string) => t.dataSource.getRepository(Edition).findOneByOrFail({ slug });

  it('creates an edition through the form and shows it on the dashboard and the public home page', async () => {
    const form = await coordinator.get('/beheer/leerateliers/nieuw').expect(200);
    expect(textOf(form.text, 'h1')).toBe('Nieuw leeratelier');
    expect([field(form.text, 'meeting1StartTime').value, field(form.text, 'walkInMinutes').value, field(form.text, 'capacityMin').value, field(form.text, 'capacityMax').value]).toEqual([
      '13:00', '30', '10', '20',
    ]);

    const created = await postForm(coordinator, '/beheer/leerateliers/nieuw', editionFields());
    expect(created.status).toBe(303);
    expect(created.headers.location).toBe('/beheer/leerateliers/leeratelier-burgerparticipatie-najaar-2030/bewerken');

    const edition = await editionBySlug('leeratelier-burgerparticipatie-najaar-2030');
    expect([edition.meeting1Start.toISOString(), edition.meeting2End.toISOString(), edition.caseDeadline.toISOString(), edition.feeCents, edition.status]).toEqual([
      '2030-09-19T11:00:00.000Z', '2030-10-03T15:00:00.000Z', '2030-10-03T11:00:00.000Z', 49550, 'open',
    ]);

    const editPage = await coordinator.get(created.headers.location).expect(200);
    expect(textOf(editPage.text, 'main')).toContain('Het leeratelier "Leeratelier Burgerparticipatie najaar 2030" is opgeslagen.');
    expect([field(editPage.text, 'meeting2Date').value, field(editPage.text, 'deadlineDate').value, field(editPage.text, 'deadlineTime').value, field(editPage.text, 'fee').value]).toEqual([
      '2030-10-03', '2030-10-03', '13:00', '495,50',
    ]);

    const dashboard = await coordinator.get('/beheer').expect(200);
    expect(textOf(dashboard.text, 'tbody')).toContain(
      'Leeratelier Burgerparticipatie najaar 2030 donderdag 19 september 2030 Open voor aanmelding 0 van 20 0',
    );

    const home = await request(t.app.getHttpServer()).get('/').expect(200);
    expect(textOf(home.text, 'main')).toContain(
      'Leeratelier Burgerparticipatie najaar 2030 Eerste bijeenkomst donderdag 19 september 2030, 13.00–17.00 uur Inloop vanaf 12.30 uur ' +
        'Tweede bijeenkomst donderdag 3 oktober 2030, 13.00–17.00 uur',
    );
  });

  it('makes a free slug from the title and keeps a draft off the public pages', async () => {
    const fields = editionFields({ title: 'Één dag: Wijk & Buurt', status: 'draft' });
    expect((await postForm(coordinator, '/beheer/leerateliers/nieuw', fields)).headers.location).toBe('/beheer/leerateliers/een-dag-wijk-buurt/bewerken');
    expect((await postForm(coordinator, '/beheer/leerateliers/nieuw', fields)).headers.location).toBe('/beheer/leerateliers/een-dag-wijk-buurt-2/bewerken');
    const home = await request(t.app.getHttpServer()).get('/').expect(200);
    expect(visibleText(home.text)).not.toContain('Wijk & Buurt');
    await request(t.app.getHttpServer()).get('/leerateliers/een-dag-wijk-buurt').expect(404);
  });

  it('shows each mistake beside its field in Dutch, keeping what was typed', async () => {
    const typed = editionFields({
      title: '   ',
      slug: 'Najaar 2030!',
      meeting1Date: '31-06-2030',
      meeting1EndTime: '12:00',
      meeting2Date: '2030-09-01',
      meeting2StartTime: '25:00',
      walkInMinutes: 'een half uur',
      capacityMin: '25',
      capacityMax: '20',
      fee: 'vierhonderd',
      deadlineDate: '2030-10-03',
      deadlineTime: '',
    });
    const res = await postForm(coordinator, '/beheer/leerateliers/nieuw', typed);
    expect(res.status).toBe(422);
    expect(textOf(res.text, 'h2')).toBe('Er is iets niet goed ingevuld');
    const shown = Object.fromEntries(
      ['title', 'slug', 'meeting1Date', 'meeting2StartTime', 'walkInMinutes', 'capacityMin', 'fee', 'deadlineTime'].map((name) => [name, field(res.text, name)]),
    );
    expect(shown).toEqual({
      title: { text: 'Titel Fout: Vul dit veld in.', value: '' },
      slug: {
        text: 'Webadres (niet verplicht) Het laatste deel van het webadres, zoals najaar-2030-utrecht. Laat je dit leeg, dan maken we het van de titel. ' +
          'Fout: Gebruik alleen kleine letters, cijfers en streepjes, zoals najaar-2030-utrecht.',
        value: 'Najaar 2030!',
      },
      meeting1Date: { text: 'Datum Bijvoorbeeld 19-09-2030. Fout: Deze datum bestaat niet. Vul een datum in zoals 19-09-2030.', value: '31-06-2030' },
      meeting2StartTime: { text: 'Begintijd Bijvoorbeeld 13:00. Fout: Vul een tijd in, zoals 13:00.', value: '25:00' },
      walkInMinutes: { text: 'Inloop in minuten Hoeveel minuten voor de start de deur open is. Meestal 30. Fout: Vul een heel getal in.', value: 'een half uur' },
      capacityMin: { text: 'Minimaal aantal deelnemers Fout: Het minimum mag niet hoger zijn dan het maximum.', value: '25' },
      fee: { text: 'Kosten in euro’s, zonder btw Bijvoorbeeld 495 of 495,50. Vul 0 in als het gratis is. Fout: Vul een bedrag in zoals 495 of 495,50.', value: 'vierhonderd' },
      deadlineTime: { text: 'Tijd (niet verplicht) Fout: Vul ook een tijd in, of laat datum en tijd allebei leeg.', value: '' },
    });
    expect(field(res.text, 'venueAddress').value).toBe('Stadsplateau 1, 3521 AZ Utrecht');
    expect(await t.dataSource.getRepository(Edition).countBy({ slug: 'Najaar 2030!' })).toBe(0);
  });

  it('asks to fill in every required field of an empty form', async () => {
    const empty = Object.fromEntries(Object.keys(editionFields()).map((name) => [name, '']));
    delete empty.status;
    const res = await postForm(coordinator, '/beheer/leerateliers/nieuw', empty);
    expect(res.status).toBe(422);
    const required = ['title', 'meeting1Date', 'meeting1StartTime', 'meeting1EndTime', 'meeting2Date', 'meeting2StartTime', 'meeting2EndTime',
      'walkInMinutes', 'venueName', 'venueAddress', 'capacityMin', 'capacityMax', 'fee'];
    const messages = (names: string[]) => names.map((name) => [name, /Fout: (.*)$/.exec(field(res.text, name).text)?.[1]]);
    expect(messages(required)).toEqual(required.map((name) => [name, 'Vul dit veld in.']));
    expect(messages(['slug', 'description', 'deadlineDate', 'deadlineTime'])).toEqual([['slug', undefined], ['description', undefined], ['deadlineDate', undefined], ['deadlineTime', undefined]]);
  });

  it('refuses end before start, meeting two before meeting one and a deadline after the course', async () => {
    const res = await postForm(coordinator, '/beheer/leerateliers/nieuw', editionFields({
      title: 'Volgorde',
      meeting1EndTime: '12:00',
      meeting2Date: '2030-09-19',
      deadlineDate: '2030-10-04',
      deadlineTime: '09:00',
    }));
    expect(res.status).toBe(422);
    expect([field(res.text, 'meeting1EndTime'), field(res.text, 'meeting2Date'), field(res.text, 'deadlineDate')]).toEqual([
      { text: 'Eindtijd Fout: De eindtijd moet later zijn dan de begintijd.', value: '12:00' },
      { text: 'Datum Bijvoorbeeld 19-09-2030. Fout: De tweede bijeenkomst moet na de eerste bijeenkomst zijn.', value: '2030-09-19' },
      { text: 'Datum (niet verplicht) Fout: De casus moet ingeleverd zijn voor het einde van de tweede bijeenkomst. Kies een eerder moment.', value: '2030-10-04' },
    ]);
    expect(await t.dataSource.getRepository(Edition).countBy({ title: 'Volgorde' })).toBe(0);
  });

  it('refuses a slug another edition has, on create and on edit', async () => {
    await createEdition(t.dataSource, { slug: 'bezet', title: 'Bezet' });
    const created = await postForm(coordinator, '/beheer/leerateliers/nieuw', editionFields({ title: 'Nieuw', slug: 'bezet' }));
    expect(created.status).toBe(422);
    expect(field(created.text, 'slug')).toEqual({
      text: 'Webadres (niet verplicht) Het laatste deel van het webadres, zoals najaar-2030-utrecht. Laat je dit leeg, dan maken we het van de titel. ' +
        'Fout: Een ander leeratelier heeft dit webadres al. Kies een ander webadres.',
      value: 'bezet',
    });
    const other = await createEdition(t.dataSource, { slug: 'ander', title: 'Ander' });
    const edited = await postForm(coordinator, '/beheer/leerateliers/ander/bewerken', editionFields({ title: 'Ander', slug: 'bezet' }));
    expect(edited.status).toBe(422);
    expect(field(edited.text, 'slug').text).toContain('Fout: Een ander leeratelier heeft dit webadres al.');
    expect((await editionBySlug('ander')).id).toBe(other.id);
  });

  it('saves changes on the edit page, in Amsterdam time, keeping the status', async () => {
    await createEdition(t.dataSource, { slug: 'voorjaar-2031', title: 'Voorjaar 2031', status: 'closed' });
    const page = await coordinator.get('/beheer/leerateliers/voorjaar-2031/bewerken').expect(200);
    expect(textOf(page.text, 'h1')).toBe('Voorjaar 2031');
    expect(field(page.text, 'meeting1StartTime').value).toBe('13:00');

    const fields = editionFields({ title: 'Voorjaar 2031 Utrecht', slug: 'voorjaar-2031', meeting1Date: '2031-03-13', meeting2Date: '2031-03-27', fee: '0' });
    delete fields.status;
    const saved = await postForm(coordinator, '/beheer/leerateliers/voorjaar-2031/bewerken', fields);
    expect(saved.status).toBe(303);
    const edition = await editionBySlug('voorjaar-2031');
    // Winter time: 13.00 uur is 12.00 UTC.
    expect([edition.title, edition.meeting1Start.toISOString(), edition.feeCents, edition.status]).toEqual(['Voorjaar 2031 Utrecht', '2031-03-13T12:00:00.000Z', 0, 'closed']);
  });

  it('copies the settings of an edition into a draft, without its people', async () => {
    const original = await createEdition(t.dataSource, { slug: 'origineel', title: 'Origineel', capacityMin: 8, capacityMax: 16, feeCents: 39500 });
    await enrol(t.dataSource, original, await createUser(t.dataSource), 'participant');
    await enrol(t.dataSource, original, await createUser(t.dataSource), 'trainer');

    const res = await postForm(coordinator, '/beheer/leerateliers/origineel/kopie', {});
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe('/beheer/leerateliers/origineel-kopie/bewerken');
    const copy = await editionBySlug('origineel-kopie');
    const { id: _a, slug: _b, title: _c, status: _d, createdAt: _e, updatedAt: _f, ...copied } = copy;
    const { id: _g, slug: _h, title: _i, status: _j, createdAt: _k, updatedAt: _l, ...settings } = original;
    expect(copied).toEqual(settings);
    expect([copy.title, copy.status]).toEqual(['Origineel (kopie)', 'draft']);
    expect(await t.dataSource.getRepository(Enrolment).countBy({ editionId: copy.id })).toBe(0);

    const page = await coordinator.get(res.headers.location).expect(200);
    expect(textOf(page.text, 'main')).toContain(
      'Dit is een kopie van "Origineel". Pas de titel en de data aan. Deelnemers, aanmeldingen en casussen zijn niet gekopieerd.',
    );
    expect(textOf(page.text, 'main')).toContain('Dit leeratelier heeft nog geen trainer.');

    const again = await postForm(coordinator, '/beheer/leerateliers/origineel/kopie', {});
    expect(again.headers.location).toBe('/beheer/leerateliers/origineel-kopie-2/bewerken');
  });

  it('changes the status with the buttons on the edit page', async () => {
    await createEdition(t.dataSource, { slug: 'concept-2031', title: 'Concept 2031', status: 'draft' });
    const page = await coordinator.get('/beheer/leerateliers/concept-2031/bewerken').expect(200);
    expect([...page.text.matchAll(/name="status" value="(\w+)">([^<]+)</g)].map((m) => [m[1], m[2]])).toEqual([
      ['open', 'Openzetten voor aanmelding'], ['closed', 'Aanmelden sluiten'], ['archived', 'Archiveren'],
    ]);
    const res = await postForm(coordinator, '/beheer/leerateliers/concept-2031/status', { status: 'open' });
    expect(res.status).toBe(303);
    expect((await editionBySlug('concept-2031')).status).toBe('open');
    const after = await coordinator.get('/beheer/leerateliers/concept-2031/bewerken').expect(200);
    expect(textOf(after.text, 'main')).toContain('"Concept 2031" staat nu open voor aanmelding en is te zien op de website.');
    expect(textOf(after.text, 'main')).toContain('Status nu: Open voor aanmelding');
    await request(t.app.getHttpServer()).get('/leerateliers/concept-2031').expect(200);

    await postForm(coordinator, '/beheer/leerateliers/concept-2031/status', { status: 'gewist' }).then((r) => expect(r.status).toBe(400));
    expect((await editionBySlug('concept-2031')).status).toBe('open');
  });

  it('answers an unknown edition with the 404 page', async () => {
    const res = await coordinator.get('/beheer/leerateliers/bestaat-niet/bewerken').expect(404);
    expect(textOf(res.text, 'h1')).toBe('Pagina niet gevonden');
    expect((await postForm(coordinator, '/beheer/leerateliers/bestaat-niet/kopie', {})).status).toBe(404);
  });
});
