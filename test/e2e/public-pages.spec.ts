import request from 'supertest';
import { SignUp } from '../../src/enrolments/sign-up.entity';
import { createEdition } from '../factories/editions';
import { createUser, enrol } from '../factories/people';
import { textOf, visibleText } from '../utils/html';
import { startTestApp, TestApp } from '../utils/test-app';

describe('public pages', () => {
  let t: TestApp;
  let server: ReturnType<TestApp['app']['getHttpServer']>;

  beforeAll(async () => {
    t = await startTestApp();
    server = t.app.getHttpServer();
    await createEdition(t.dataSource, { slug: 'najaar-2030', title: 'Leeratelier najaar 2030', capacityMax: 18 });
    await createEdition(t.dataSource, {
      slug: 'voorjaar-2031',
      title: 'Leeratelier voorjaar 2031',
      status: 'closed',
      meeting1Start: new Date('2031-03-13T12:00:00Z'),
      meeting1End: new Date('2031-03-13T16:00:00Z'),
      meeting2Start: new Date('2031-03-27T12:00:00Z'),
      meeting2End: new Date('2031-03-27T16:00:00Z'),
      feeCents: 0,
    });
    await createEdition(t.dataSource, { slug: 'concept', title: 'Nog niet klaar', status: 'draft' });
    await createEdition(t.dataSource, { slug: 'oud', title: 'Afgelopen', status: 'archived' });
  });

  afterAll(() => t.close());

  it('lists open and upcoming editions with dates, walk-in, venue, places and fee', async () => {
    const res = await request(server).get('/').expect(200);
    const main = textOf(res.text, 'main');
    expect(main).toContain(
      'Leeratelier najaar 2030 Eerste bijeenkomst donderdag 19 september 2030, 13.00–17.00 uur Inloop vanaf 12.30 uur ' +
        'Tweede bijeenkomst donderdag 3 oktober 2030, 13.00–17.00 uur Inloop vanaf 12.30 uur ' +
        'Locatie Stadskantoor Stationsplein 1, 3511 ED Utrecht Plaatsen Nog 18 plaatsen vrij (maximaal 18 deelnemers) ' +
        'Kosten € 495,- excl. btw',
    );
    // Winter time: 13.00 uur is 12.00 UTC.
    expect(main).toContain('Eerste bijeenkomst donderdag 13 maart 2031, 13.00–17.00 uur');
    expect(main).toContain('Kosten Gratis');
    expect(main).not.toContain('Nog niet klaar');
    expect(main).not.toContain('Afgelopen');
    expect(textOf(res.text, 'title')).toBe('Leerateliers – Casusportaal');
  });

  it('counts participants holding a place and pending sign-ups as taken', async () => {
    const edition = await createEdition(t.dataSource, { slug: 'bijna-vol', capacityMax: 10 });
    await enrol(t.dataSource, edition, await createUser(t.dataSource), 'participant', 'active');
    await enrol(t.dataSource, edition, await createUser(t.dataSource), 'participant', 'invited');
    await enrol(t.dataSource, edition, await createUser(t.dataSource), 'participant', 'withdrawn');
    await enrol(t.dataSource, edition, await createUser(t.dataSource), 'trainer', 'active');
    const signUps = t.dataSource.getRepository(SignUp);
    for (const status of ['pending', 'waiting', 'declined'] as const) {
      await signUps.save({ editionId: edition.id, name: 'Iemand', email: `${status}@x.nl`, organisation: 'Gemeente Ede', status });
    }
    const res = await request(server).get('/leerateliers/bijna-vol').expect(200);
    expect(textOf(res.text, 'main')).toContain('Plaatsen Nog 7 plaatsen vrij (maximaal 10 deelnemers)');
  });

  it('shows the practical information of an edition', async () => {
    const res = await request(server).get('/leerateliers/najaar-2030').expect(200);
    expect(textOf(res.text, 'h1')).toBe('Leeratelier najaar 2030');
    expect(textOf(res.text, 'main')).toContain(
      'Casus inleveren Lever je casus in vóór maandag 30 september 2030, 17.00 uur.',
    );
  });

  it.each(['/leerateliers/concept', '/leerateliers/oud', '/leerateliers/bestaat-niet', '/leerateliers/..%2F..%2Fetc', '/geen-pagina'])(
    'answers %s with a Dutch 404 page in the layout',
    async (path) => {
      const res = await request(server).get(path).expect(404);
      expect(textOf(res.text, 'h1')).toBe('Pagina niet gevonden');
      expect(res.text).toContain('<main id="inhoud"');
      expect(res.text).not.toMatch(/at .*\.ts:\d+/);
    },
  );

  it('answers a malformed address with a Dutch 400 page', async () => {
    const res = await request(server).get('/leerateliers/%E0%A4%A').expect(400);
    expect(textOf(res.text, 'h1')).toBe('Dit verzoek klopt niet');
  });

  it('answers an oversized body with a Dutch 413 page and stays up', async () => {
    const res = await request(server)
      .post('/')
      .set('Content-Type', 'application/x-www-form-urlencoded')
      .set('Accept', 'text/html')
      .send('tekst=' + 'a'.repeat(2_000_000))
      .expect(413);
    expect(textOf(res.text, 'h1')).toBe('Te groot');
    await request(server).get('/health').expect(200);
  });

  it('speaks English when the browser asks for it, and after the switch', async () => {
    const byHeader = await request(server).get('/').set('Accept-Language', 'en-GB,en;q=0.9').expect(200);
    expect(textOf(byHeader.text, 'h1')).toBe('Learning workshops');
    expect(textOf(byHeader.text, 'main')).toContain('First meeting Thursday 19 September 2030, 13:00–17:00 Walk-in from 12:30');
    expect(byHeader.text).toContain('<html lang="en"');

    const agent = request.agent(server);
    const switched = await agent.get('/taal/en?terug=/leerateliers/najaar-2030').expect(303);
    expect(switched.headers.location).toBe('/leerateliers/najaar-2030');
    const page = await agent.get('/leerateliers/najaar-2030').set('Accept-Language', 'nl').expect(200);
    expect(textOf(page.text, 'main')).toContain('Fee €495 excl. VAT');

    await agent.get('/taal/nl?terug=https://elders.example').expect(303).expect('Location', '/');
    const dutch = await agent.get('/').set('Accept-Language', 'en').expect(200);
    expect(textOf(dutch.text, 'h1')).toBe('Leerateliers');
  });

  it('sends a strict Content Security Policy and loads nothing from another host', async () => {
    const res = await request(server).get('/').expect(200);
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-powered-by']).toBeUndefined();
    const urls = [...res.text.matchAll(/(?:href|src)="([^"]+)"/g)].map((m) => m[1]);
    expect(urls.filter((url) => /^(https?:)?\/\//.test(url))).toEqual([]);
    expect(res.text).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  });

  it('serves the NL Design System styles from its own origin', async () => {
    const res = await request(server).get('/assets/utrecht/index.css').expect(200);
    expect(res.headers['content-type']).toContain('text/css');
    expect(res.text).toContain('.utrecht-button');
  });

  it('reports health with the database', async () => {
    const res = await request(server).get('/health').expect(200);
    expect(res.body).toEqual({ status: 'ok', database: 'ok' });
  });
});

describe('health when the database is gone', () => {
  it('answers 503', async () => {
    const t = await startTestApp();
    await t.dataSource.destroy();
    const res = await request(t.app.getHttpServer()).get('/health').expect(503);
    expect(res.body).toEqual({ status: 'error', database: 'error' });
    await t.close();
  });
});

describe('the error page', () => {
  it('shows a Dutch 500 page without a stack trace when something breaks', async () => {
    const t = await startTestApp();
    await t.dataSource.query('DROP TABLE editions');
    const res = await request(t.app.getHttpServer()).get('/').expect(500);
    expect(textOf(res.text, 'h1')).toBe('Er ging iets mis');
    expect(visibleText(res.text)).not.toMatch(/SQLITE|QueryFailedError|\.ts:/);
    await t.close();
  });
});
