import { agendaFixture, AgendaCaseSpec, editorSession } from '../factories/agenda';
import { loggedIn } from '../utils/session';
import { startTestApp, TestApp } from '../utils/test-app';

/** The agenda pages read what they show in a fixed number of queries, however many cases there are. */
describe('queries per agenda page', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });

  afterAll(() => t.close());

  const specs = (count: number): AgendaCaseSpec[] =>
    Array.from({ length: count }, (_, i) => ({ title: `Casus ${i + 1}`, text: i % 2 ? 'Huurders en de woningcorporatie.' : 'Een warmtenet en zonnepanelen.', themes: [i % 2 ? 'wonen' : 'energie'] }));

  async function queriesPerPage(count: number): Promise<Record<string, number>> {
    const f = await agendaFixture(t.dataSource, ['wonen', 'energie'], specs(count));
    const trainer = await loggedIn(t.app.getHttpServer(), f.trainer.email);
    const editor = editorSession(trainer, f.edition.slug);
    await editor.change('voorstel');
    await editor.change('publiceren');
    const participant = await loggedIn(t.app.getHttpServer(), f.authors[0].email);
    // SQLite shares one query runner: counting its queries counts every query of the request.
    const runner = Object.getPrototypeOf(t.dataSource.createQueryRunner()) as { query: (...args: unknown[]) => unknown };
    const spy = jest.spyOn(runner, 'query');
    const counts: Record<string, number> = {};
    const pages: [string, typeof trainer, string][] = [
      ['editor', trainer, `/leerateliers/${f.edition.slug}/agenda/bewerken`],
      ['agenda', participant, `/leerateliers/${f.edition.slug}/agenda`],
      ['print', participant, `/leerateliers/${f.edition.slug}/agenda/afdrukken`],
      ['calendar', participant, `/leerateliers/${f.edition.slug}/agenda.ics`],
    ];
    for (const [name, agent, path] of pages) {
      spy.mockClear();
      expect((await agent.get(path)).status).toEqual(200);
      counts[name] = spy.mock.calls.length;
    }
    spy.mockRestore();
    return counts;
  }

  it('is the same for 3 and for 15 cases', async () => {
    const few = await queriesPerPage(3);
    const many = await queriesPerPage(15);
    expect(many).toEqual(few);
    // Seven of them are the agenda's own; the rest are the session, the person and the edition.
    expect(few.editor).toBeLessThanOrEqual(16);
  });
});
