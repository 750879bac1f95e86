import ICAL from 'ical.js';
import { parseCsv } from '../../src/common/csv/dutch-csv';
import { agendaFixture, AgendaFixture, editorSession, EditorSession, SIX_CASES, timelineOf } from '../factories/agenda';
import { visibleText } from '../utils/html';
import { Agent, loggedIn } from '../utils/session';
import { startTestApp, TestApp } from '../utils/test-app';

function parseCalendar(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  ICAL.TimezoneService.register(calendar.getFirstSubcomponent('vtimezone')!);
  return new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
}

/** The agenda on paper, in a calendar, in a spreadsheet and as JSON. */
describe('exporting the agenda', () => {
  let t: TestApp;
  let f: AgendaFixture;
  let editor: EditorSession;
  let ans: Agent;
  let base: string;

  beforeAll(async () => {
    t = await startTestApp();
    f = await agendaFixture(t.dataSource, ['wonen', 'energie', 'jongeren'], SIX_CASES, { title: 'Leeratelier Najaar', slug: 'najaar-2030' });
    editor = editorSession(await loggedIn(t.app.getHttpServer(), f.trainer.email), f.edition.slug);
    ans = await loggedIn(t.app.getHttpServer(), f.authors[0].email);
    base = `/leerateliers/${f.edition.slug}`;
  });

  afterAll(() => t.close());

  it('offers the meeting for the calendar before the agenda is published', async () => {
    const res = await ans.get(`${base}/agenda.ics`);
    expect([res.status, res.headers['content-type'], res.headers['content-disposition']]).toEqual([200, 'text/calendar; charset=utf-8', 'attachment; filename="bijeenkomst-2-najaar-2030.ics"']);
    const event = parseCalendar(res.text);
    expect([event.summary, event.location, event.sequence]).toEqual(['Bijeenkomst 2: Leeratelier Najaar', 'Stationsplein 1, 3511 ED Utrecht', 0]);
    expect(event.description.split('\n')[0]).toEqual('De agenda volgt. Je krijgt een e-mail zodra hij klaar is.');
  });

  it('puts the published agenda in the calendar event, in Amsterdam time', async () => {
    await editor.change('voorstel');
    await editor.change('publiceren');
    const event = parseCalendar((await ans.get(`${base}/agenda.ics`)).text);
    expect([event.startDate.zone.tzid, event.startDate.hour, event.startDate.minute, event.endDate.hour]).toEqual(['Europe/Amsterdam', 13, 0, 17]);
    expect([event.startDate.toJSDate().toISOString(), event.endDate.toJSDate().toISOString()]).toEqual(['2030-10-03T11:00:00.000Z', '2030-10-03T15:00:00.000Z']);
    expect(event.sequence).toEqual(1);
    expect(event.uid).toEqual(`agenda-bijeenkomst-2-${f.edition.id}@${new URL(t.config.baseUrl).hostname}`);
    const lines = event.description.split('\n');
    expect(lines.slice(0, 9)).toEqual([
      'Jouw casus: Huurders en de renovatie, 13.15–13.45 uur',
      '',
      'inloop vanaf 12.30 uur',
      '13.00–13.15 uur  Opening',
      '',
      '13.15–14.15 uur  wonen',
      '  13.15–13.45 uur  Huurders en de renovatie – Ans Akkerman, Gemeente Voorbeeld (Jouw casus)',
      '  13.45–14.15 uur  Starters zoeken een woning – Dewi Dijkstra, Gemeente Voorbeeld',
      '',
    ]);
    expect(lines.slice(-3)).toEqual(['', 'Stadskantoor, Stationsplein 1, 3511 ED Utrecht', `${t.config.baseUrl}${base}/agenda`]);
  });

  it('writes a CSV for Dutch Excel', async () => {
    const res = await ans.get(`${base}/agenda.csv`);
    expect([res.headers['content-type'], res.headers['content-disposition']]).toEqual(['text/csv; charset=utf-8', 'attachment; filename="agenda-najaar-2030.csv"']);
    expect(res.text.startsWith('\uFEFFDatum;Begin;Einde;Tafel;Ruimte;Blok;Onderdeel of casus;Auteur;Organisatie;Minuten\r\n')).toBe(true);
    expect(parseCsv(res.text).slice(1, 5)).toEqual([
      ['3-10-2030', '12:30', '13:00', '', '', '', 'Inloop', '', '', '30'],
      ['3-10-2030', '13:00', '13:15', '', '', '', 'Opening', '', '', '15'],
      ['3-10-2030', '13:15', '13:45', '', '', 'wonen', 'Huurders en de renovatie', 'Ans Akkerman', 'Gemeente Voorbeeld', '30'],
      ['3-10-2030', '13:45', '14:15', '', '', 'wonen', 'Starters zoeken een woning', 'Dewi Dijkstra', 'Gemeente Voorbeeld', '30'],
    ]);
    expect(parseCsv(res.text).length).toEqual(1 + 4 + 6);
  });

  it('gives the agenda as JSON with times in UTC and the time zone named', async () => {
    const res = await ans.get(`${base}/agenda.json`);
    expect(res.headers['content-type']).toEqual('application/json; charset=utf-8');
    const body = res.body as Record<string, any>;
    expect([body.version, body.published, body.publication, body.timeZone, body.tables]).toEqual(['published', true, 1, 'Europe/Amsterdam', 1]);
    expect(body.meeting).toEqual({ walkInStart: '2030-10-03T10:30:00.000Z', start: '2030-10-03T11:00:00.000Z', end: '2030-10-03T15:00:00.000Z', venue: { name: 'Stadskantoor', address: 'Stationsplein 1, 3511 ED Utrecht' } });
    expect(body.items[2]).toEqual({
      type: 'block', label: 'wonen', continued: false, table: 1, room: '', start: '2030-10-03T11:15:00.000Z', end: '2030-10-03T12:15:00.000Z',
      cases: [
        { id: f.cases[0].id, title: 'Huurders en de renovatie', author: 'Ans Akkerman', organisation: 'Gemeente Voorbeeld', withdrawn: false, own: true, start: '2030-10-03T11:15:00.000Z', end: '2030-10-03T11:45:00.000Z', minutes: 30 },
        { id: f.cases[3].id, title: 'Starters zoeken een woning', author: 'Dewi Dijkstra', organisation: 'Gemeente Voorbeeld', withdrawn: false, own: false, start: '2030-10-03T11:45:00.000Z', end: '2030-10-03T12:15:00.000Z', minutes: 30 },
      ],
    });
    expect(body.items.map((i: { type: string }) => i.type)).toEqual(['walk-in', 'opening', 'block', 'block', 'break', 'block', 'block', 'closing']);
  });

  it('prints on A4 without links, with the walk-in and the venue', async () => {
    const html = (await ans.get(`${base}/agenda/afdrukken`)).text;
    expect(html).toContain('<link rel="stylesheet" href="/assets/css/print.css" media="print">');
    expect(html).toContain('<script src="/assets/js/agenda-print.js" defer></script>');
    const article = /<article class="casus-agenda-print">([\s\S]*?)<\/article>/.exec(html)![1];
    expect(article).not.toContain('<a ');
    expect(visibleText(article).split(' Tijd Onderdeel ')[0]).toEqual('Agenda bijeenkomst 2 Leeratelier Najaar donderdag 3 oktober 2030, 13.00–17.00 uur · inloop vanaf 12.30 uur Stadskantoor, Stationsplein 1, 3511 ED Utrecht Het programma van de middag');
    expect(timelineOf(html)[3]).toEqual('13.15–13.45 uur Huurders en de renovatie Ans Akkerman, Gemeente Voorbeeld Jouw casus');
  });

  it('lets trainers, and only trainers, export the draft', async () => {
    await editor.change('blokken/1', { label: 'Wonen (concept)' });
    const trainer = await loggedIn(t.app.getHttpServer(), f.trainer.email);
    const draft = (await trainer.get(`${base}/agenda.json?versie=concept`)).body as { version: string; items: { label?: string }[] };
    expect([draft.version, draft.items[2].label]).toEqual(['draft', 'Wonen (concept)']);
    expect(visibleText((await trainer.get(`${base}/agenda/afdrukken?versie=concept`)).text)).toContain('Agenda bijeenkomst 2 Concept');
    expect(parseCsv((await trainer.get(`${base}/agenda.csv?versie=concept`)).text)[3][5]).toEqual('Wonen (concept)');
    expect((await ans.get(`${base}/agenda.json?versie=concept`)).status).toEqual(403);
    expect(((await ans.get(`${base}/agenda.json`)).body as { items: { label?: string }[] }).items[2].label).toEqual('wonen');
  });
});
