import request from 'supertest';
import { SignUp } from '../../src/enrolments/sign-up.entity';
import { createEdition } from '../factories/editions';
import { createUser, enrol } from '../factories/people';
import { textOf } from '../utils/html';
import { linkIn, mailsTo } from '../utils/outbox';
import { Agent, csrfToken } from '../utils/session';
import { startTestApp, TestApp } from '../utils/test-app';

// Plain http: with https the session cookie is Secure, and supertest talks plain http.
const BASE_URL = 'http://casus.example.nl';

const ANNE = {
  name: 'Anne de Vries',
  email: 'anne.devries@midden-groningen.nl',
  organisation: 'Gemeente Midden-Groningen',
  jobTitle: 'Gebiedsregisseur',
  lunch: 'ja',
  remarks: 'Ik eet vegetarisch.',
};

describe('signing up for an edition', () => {
  let t: TestApp;
  let server: ReturnType<TestApp['app']['getHttpServer']>;

  beforeEach(async () => {
    t = await startTestApp({ BASE_URL });
    server = t.app.getHttpServer();
  });
  afterEach(() => t.close());

  /** Fills in the form as a visitor's browser would, with the CSRF token of the form page. */
  async function signUp(slug: string, fields: Record<string, string>, agent: Agent = request.agent(server), lang = 'nl') {
    const token = await csrfToken(agent, `/leerateliers/${slug}/aanmelden`);
    return await agent.post(`/leerateliers/${slug}/aanmelden`).set('Accept-Language', lang).type('form').send({ _csrf: token, ...fields });
  }

  const stored = () => t.dataSource.getRepository(SignUp).find({ order: { id: 'ASC' } });

  it('leads from the edition page to the form, and confirms on a page of its own', async () => {
    await createEdition(t.dataSource, { slug: 'najaar-2030', title: 'Leeratelier najaar 2030' });
    const editionPage = await request(server).get('/leerateliers/najaar-2030').expect(200);
    expect(editionPage.text).toContain('href="/leerateliers/najaar-2030/aanmelden">Aanmelden</a>');

    const agent = request.agent(server);
    const form = await agent.get('/leerateliers/najaar-2030/aanmelden').expect(200);
    expect(textOf(form.text, 'h1')).toBe('Aanmelden voor Leeratelier najaar 2030');
    expect(textOf(form.text, 'legend')).toBe('Wil je vooraf lunchen?');

    const res = await signUp('najaar-2030', ANNE, agent);
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe('/leerateliers/najaar-2030/aanmelden/bevestiging');

    const confirmation = await agent.get(res.headers.location).expect(200);
    expect(textOf(confirmation.text, 'h1')).toBe('Bedankt voor je aanmelding');
    expect(textOf(confirmation.text, 'main')).toContain(
      'Je aanmelding voor Leeratelier najaar 2030 is binnen. Er is een plaats voor je. De organisator bekijkt je aanmelding ' +
        'en laat je per e-mail weten of je mee kunt doen. We hebben een bevestiging gestuurd naar anne.devries@midden-groningen.nl.',
    );

    const [signUpRow] = await stored();
    expect(signUpRow).toMatchObject({
      name: 'Anne de Vries',
      email: 'anne.devries@midden-groningen.nl',
      organisation: 'Gemeente Midden-Groningen',
      jobTitle: 'Gebiedsregisseur',
      lunch: true,
      remarks: 'Ik eet vegetarisch.',
      language: 'nl',
      status: 'pending',
      decidedAt: null,
    });
    expect(signUpRow.withdrawTokenHash).toMatch(/^[0-9a-f]{64}$/);

    const [mail] = await mailsTo(t.dataSource, 'anne.devries@midden-groningen.nl');
    expect(mail.subject).toBe('Je aanmelding voor Leeratelier najaar 2030');
    expect(mail.textBody).toContain(
      'Beste Anne de Vries,\n\nBedankt voor je aanmelding voor Leeratelier najaar 2030. Er is een plaats voor je. ' +
        'De organisator bekijkt je aanmelding. Daarna krijg je een e-mail. Kun je meedoen? Dan zit daar een uitnodiging voor het Casusportaal bij.\n\n' +
        'De bijeenkomsten zijn op donderdag 19 september 2030, 13.00 uur en donderdag 3 oktober 2030, 13.00 uur.\n\n' +
        'Kun je toch niet meedoen? Trek je aanmelding dan in met deze link:\nhttp://casus.example.nl/aanmelding/',
    );
    expect(linkIn(mail.textBody, '/aanmelding/')).toMatch(/^\/aanmelding\/[A-Za-z0-9_-]{43}\/intrekken$/);
  });

  it('shows each problem beside its field and keeps what was typed', async () => {
    await createEdition(t.dataSource, { slug: 'najaar-2030' });
    const res = await signUp('najaar-2030', { name: '  Kees Bakker ', email: 'kees@', organisation: 'G'.repeat(161), jobTitle: '', remarks: 'x'.repeat(1001) });
    expect(res.status).toBe(422);
    expect(textOf(res.text, 'h2')).toBe('Er is iets niet goed ingevuld');
    const errorOf = (field: string) => new RegExp(`id="veld-${field}-fout"><span[^>]*>Fout: </span>([^<]*)</div>`).exec(res.text)?.[1];
    expect(['name', 'email', 'organisation', 'jobTitle', 'lunch', 'remarks'].map(errorOf)).toEqual([
      undefined,
      'Vul een e-mailadres in zoals naam@gemeente.nl.',
      'Dit is te lang.',
      'Vul dit veld in.',
      'Maak een keuze.',
      'Schrijf hoogstens 1000 tekens.',
    ]);
    expect(res.text).toContain('value="  Kees Bakker "');
    expect(res.text).toContain('value="kees@"');
    expect(res.text).toContain(`>${'x'.repeat(1001)}</textarea>`);
    expect(await stored()).toEqual([]);
    expect(await mailsTo(t.dataSource, 'kees@')).toEqual([]);
  });

  it('asks for every required field when the form is sent empty, as a browser sends it', async () => {
    await createEdition(t.dataSource, { slug: 'najaar-2030' });
    // An unchecked radio button is not sent at all; empty text fields are.
    const res = await signUp('najaar-2030', { name: '', email: '', organisation: '', jobTitle: '', remarks: '' });
    expect(res.status).toBe(422);
    const errors = [...res.text.matchAll(/id="veld-(\w+)-fout"><span[^>]*>Fout: <\/span>([^<]*)<\/div>/g)].map((m) => [m[1], m[2]]);
    expect(errors).toEqual([
      ['name', 'Vul dit veld in.'],
      ['email', 'Vul dit veld in.'],
      ['organisation', 'Vul dit veld in.'],
      ['jobTitle', 'Vul dit veld in.'],
      ['lunch', 'Maak een keuze.'],
    ]);
  });

  it('keeps the chosen lunch answer when another field is wrong', async () => {
    await createEdition(t.dataSource, { slug: 'najaar-2030' });
    const res = await signUp('najaar-2030', { ...ANNE, name: '', lunch: 'nee' });
    expect(res.status).toBe(422);
    expect(res.text).toMatch(/id="veld-lunch-nee" name="lunch" value="nee" checked/);
    expect(res.text).not.toMatch(/value="ja" checked/);
  });

  it('puts people on the waiting list once the places are taken, in the order they signed up', async () => {
    const edition = await createEdition(t.dataSource, { slug: 'klein', title: 'Klein leeratelier', capacityMax: 2 });
    await enrol(t.dataSource, edition, await createUser(t.dataSource), 'participant', 'active');
    // A trainer and a withdrawn participant hold no participant's place.
    await enrol(t.dataSource, edition, await createUser(t.dataSource), 'trainer', 'active');
    await enrol(t.dataSource, edition, await createUser(t.dataSource), 'participant', 'withdrawn');

    const pages: string[] = [];
    for (const name of ['Bram', 'Carla', 'Daan']) {
      const agent = request.agent(server);
      const res = await signUp('klein', { ...ANNE, name, email: `${name.toLowerCase()}@oldambt.nl` }, agent);
      pages.push(textOf((await agent.get(res.headers.location).expect(200)).text, 'main'));
    }
    expect((await stored()).map((s) => [s.name, s.status])).toEqual([
      ['Bram', 'pending'],
      ['Carla', 'waiting'],
      ['Daan', 'waiting'],
    ]);
    expect(pages[1]).toContain('Het leeratelier is vol. Je staat op de wachtlijst, op plaats 1. Komt er een plaats vrij, dan krijg je een e-mail.');
    expect(pages[2]).toContain('Je staat op de wachtlijst, op plaats 2.');
    const [daanMail] = await mailsTo(t.dataSource, 'daan@oldambt.nl');
    expect(daanMail.textBody).toContain('Het leeratelier is vol. Je staat daarom op de wachtlijst, op plaats 2. Komt er een plaats vrij, dan krijg je een e-mail.');

    const form = await request(server).get('/leerateliers/klein/aanmelden').expect(200);
    expect(textOf(form.text, 'main')).toContain('Dit leeratelier is vol. Als je je aanmeldt, kom je op de wachtlijst.');
  });

  it('stores a second sign-up with the same address nothing, and says so kindly', async () => {
    await createEdition(t.dataSource, { slug: 'najaar-2030', title: 'Leeratelier najaar 2030' });
    expect((await signUp('najaar-2030', ANNE)).status).toBe(303);
    const again = await signUp('najaar-2030', { ...ANNE, email: ' Anne.deVries@Midden-Groningen.nl ', name: 'Anne' });
    expect(again.status).toBe(409);
    expect(textOf(again.text, 'h1')).toBe('Je bent al aangemeld');
    expect(textOf(again.text, 'main')).toContain('Met dit e-mailadres is al een aanmelding of inschrijving voor Leeratelier najaar 2030.');
    expect((await stored()).map((s) => s.name)).toEqual(['Anne de Vries']);
    expect((await mailsTo(t.dataSource, ANNE.email)).length).toBe(1);
  });

  it('treats someone who is enrolled already as signed up', async () => {
    const edition = await createEdition(t.dataSource, { slug: 'najaar-2030' });
    await enrol(t.dataSource, edition, await createUser(t.dataSource, { email: ANNE.email }), 'participant', 'invited');
    const res = await signUp('najaar-2030', ANNE);
    expect(res.status).toBe(409);
    expect(textOf(res.text, 'h1')).toBe('Je bent al aangemeld');
    expect(await stored()).toEqual([]);
  });

  it('explains that a closed edition takes no sign-ups, and stores nothing', async () => {
    await createEdition(t.dataSource, { slug: 'gesloten', title: 'Leeratelier voorjaar', status: 'closed' });
    expect((await request(server).get('/leerateliers/gesloten').expect(200)).text).not.toContain('/aanmelden');
    const page = await request(server).get('/leerateliers/gesloten/aanmelden').expect(200);
    expect(textOf(page.text, 'h1')).toBe('Aanmelden kan niet');
    expect(textOf(page.text, 'main')).toContain('Voor Leeratelier voorjaar kun je je niet (meer) aanmelden.');

    const agent = request.agent(server);
    const token = await csrfToken(agent, '/inloggen');
    const res = await agent.post('/leerateliers/gesloten/aanmelden').type('form').send({ _csrf: token, ...ANNE });
    expect(res.status).toBe(409);
    expect(textOf(res.text, 'h1')).toBe('Aanmelden kan niet');
    expect(await stored()).toEqual([]);
  });

  it.each(['draft', 'archived'] as const)('knows no sign-up form for a %s edition', async (status) => {
    await createEdition(t.dataSource, { slug: 'verborgen', status });
    const res = await request(server).get('/leerateliers/verborgen/aanmelden').expect(404);
    expect(textOf(res.text, 'h1')).toBe('Pagina niet gevonden');
  });

  it('refuses a post without a CSRF token and stores nothing', async () => {
    await createEdition(t.dataSource, { slug: 'najaar-2030' });
    const res = await request(server).post('/leerateliers/najaar-2030/aanmelden').type('form').send(ANNE);
    expect(res.status).toBe(403);
    expect(textOf(res.text, 'h1')).toBe('Geen toegang');
    expect(await stored()).toEqual([]);
    expect(await mailsTo(t.dataSource, ANNE.email)).toEqual([]);
  });

  it('sends the confirmation page without a sign-up back to the form', async () => {
    await createEdition(t.dataSource, { slug: 'najaar-2030' });
    await request(server).get('/leerateliers/najaar-2030/aanmelden/bevestiging').expect(303).expect('Location', '/leerateliers/najaar-2030/aanmelden');
  });

  it('answers in English, and mails in English, to a person reading the site in English', async () => {
    await createEdition(t.dataSource, { slug: 'najaar-2030', title: 'Leeratelier najaar 2030', capacityMax: 0 });
    const agent = request.agent(server);
    const res = await signUp('najaar-2030', ANNE, agent, 'en-GB,en;q=0.9');
    const page = await agent.get(res.headers.location).set('Accept-Language', 'en').expect(200);
    expect(textOf(page.text, 'h1')).toBe('Thank you for signing up');
    expect(textOf(page.text, 'main')).toContain('The workshop is full. You are on the waiting list, at place 1.');
    const [mail] = await mailsTo(t.dataSource, ANNE.email);
    expect([mail.lang, mail.subject]).toEqual(['en', 'Your sign-up for Leeratelier najaar 2030']);
    expect(mail.textBody).toContain('The meetings are on Thursday 19 September 2030, 13:00 and Thursday 3 October 2030, 13:00.');
    expect((await stored())[0].language).toBe('en');
  });
});
