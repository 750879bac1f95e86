import { Agenda } from '../../src/agenda/entities/agenda.entity';
import { agendaFixture, AgendaFixture, alertsOf, blocksOf, editorSession, revisionIn, SIX_CASES } from '../factories/agenda';
import { createUser, enrol } from '../factories/people';
import { loggedIn } from '../utils/session';
import { startTestApp, TestApp } from '../utils/test-app';

const STALE = 'Iemand anders heeft de agenda net gewijzigd. Jouw wijziging is niet opgeslagen, zodat er niets verloren gaat. Hieronder zie je de agenda zoals hij nu is. Doe je wijziging zo nodig opnieuw.';

/** Two trainers at once: the second is told, and nothing the first saved is overwritten. */
describe('two trainers editing the agenda at the same time', () => {
  let t: TestApp;
  let f: AgendaFixture;
  let marieke: ReturnType<typeof editorSession>;
  let joost: ReturnType<typeof editorSession>;

  beforeAll(async () => {
    t = await startTestApp();
    f = await agendaFixture(t.dataSource, ['wonen', 'energie', 'jongeren'], SIX_CASES);
    const second = await createUser(t.dataSource, { name: 'Joost Mulder' });
    await enrol(t.dataSource, f.edition, second, 'trainer');
    marieke = editorSession(await loggedIn(t.app.getHttpServer(), f.trainer.email), f.edition.slug);
    joost = editorSession(await loggedIn(t.app.getHttpServer(), second.email), f.edition.slug);
    await marieke.change('voorstel');
  });

  afterAll(() => t.close());

  const revision = async () => (await t.dataSource.getRepository(Agenda).findOneByOrFail({ editionId: f.edition.id, kind: 'draft' })).revision;

  it('refuses a form posted after the other trainer saved, and keeps what was saved', async () => {
    const seenByJoost = revisionIn((await joost.page()).text);
    await marieke.change('blokken/1', { label: 'Wonen en huren' });
    const res = await joost.post(`casussen/${f.cases[0].id}/verplaatsen`, { blockNumber: '2' }, seenByJoost);
    expect([res.status, res.headers.location]).toEqual([303, `/leerateliers/${f.edition.slug}/agenda/bewerken`]);
    const html = (await joost.page()).text;
    expect(alertsOf(html)[0]).toEqual(STALE);
    expect(blocksOf(html)[0]).toEqual(['Wonen en huren', ['Huurders en de renovatie', 'Starters zoeken een woning']]);
    expect(revisionIn(html)).toEqual(String(Number(seenByJoost) + 1));
  });

  it('lets exactly one of two simultaneous changes through', async () => {
    const before = await revision();
    const [a, b] = await Promise.all([
      marieke.post('blokken/2', { label: 'Energie (Marieke)' }, String(before)),
      joost.post('blokken/2', { label: 'Energie (Joost)' }, String(before)),
    ]);
    expect([a.status, b.status]).toEqual([303, 303]);
    expect(await revision()).toEqual(before + 1);
    const messages = [alertsOf((await marieke.page()).text)[0], alertsOf((await joost.page()).text)[0]].sort();
    const winner = messages[0] === STALE ? messages[1] : messages[0];
    expect(messages.filter((m) => m === STALE).length).toEqual(1);
    expect(['Het blok heet nu Energie (Marieke).', 'Het blok heet nu Energie (Joost).']).toContain(winner);
    expect(blocksOf((await marieke.page()).text)[1][0]).toEqual(winner.replace('Het blok heet nu ', '').replace(/\.$/, ''));
  });

  it('refuses a stale proposal and a stale publication too', async () => {
    const old = String((await revision()) - 1);
    await joost.post('voorstel', {}, old);
    expect(alertsOf((await joost.page()).text)[0]).toEqual(STALE);
    await joost.post('publiceren', {}, old);
    expect(alertsOf((await joost.page()).text)[0]).toEqual(STALE);
    expect(await t.dataSource.getRepository(Agenda).countBy({ editionId: f.edition.id, kind: 'published' })).toEqual(0);
  });

  it('treats a form without a revision as stale', async () => {
    const before = await revision();
    await joost.post('blokken/1', { label: 'Zonder revisie' }, '');
    expect(alertsOf((await joost.page()).text)[0]).toEqual(STALE);
    expect(await revision()).toEqual(before);
  });
});
