import { Agenda } from '../../src/agenda/entities/agenda.entity';
import { DEMO_PASSWORD } from '../../src/demo/demo-people';
import { Edition } from '../../src/editions/edition.entity';
import { blocksOf, timelineOf } from '../factories/agenda';
import { visibleText } from '../utils/html';
import { loggedIn } from '../utils/session';
import { startTestApp, TestApp } from '../utils/test-app';

/** The demo edition comes with a published agenda and a draft with one change not yet published. */
describe('the demo agenda', () => {
  let t: TestApp;
  let slug: string;

  beforeAll(async () => {
    t = await startTestApp({ DEMO: 'true' });
    slug = (await t.dataSource.getRepository(Edition).findOneByOrFail({ status: 'open' })).slug;
  });

  afterAll(() => t.close());

  it('has a draft and a published agenda', async () => {
    const rows = await t.dataSource.getRepository(Agenda).find({ order: { kind: 'ASC' } });
    expect(rows.map((r) => [r.kind, r.revision, r.publishedRevision, r.publications])).toEqual([
      ['draft', 2, 1, 1],
      ['published', 1, null, 1],
    ]);
  });

  it('shows the trainer the proposal for the demo cases, with the change not yet published', async () => {
    const trainer = await loggedIn(t.app.getHttpServer(), 'trainer@demo.example', DEMO_PASSWORD);
    const html = (await trainer.get(`/leerateliers/${slug}/agenda/bewerken`)).text;
    expect(visibleText(html)).toContain('Daarna is de agenda gewijzigd: deelnemers zien de wijzigingen pas als je opnieuw publiceert.');
    const blocks = blocksOf(html);
    expect(blocks.flatMap(([, titles]) => titles).length).toEqual(10);
    expect(blocks.map(([label]) => label)).toEqual(['Openbare ruimte en groen: bewoners aan zet', 'zorg en welzijn', 'energie', 'leefbaarheid en krimp', 'jongeren']);
    // The grouping on the demo cases, noted here so a change in it shows up in review.
    process.stdout.write(`\nDemo grouping:\n${blocks.map(([label, titles]) => `  ${label}: ${titles.join(' | ')}`).join('\n')}\n`);
  });

  it('shows a participant the published agenda', async () => {
    const anne = await loggedIn(t.app.getHttpServer(), 'deelnemer@demo.example', DEMO_PASSWORD);
    const html = (await anne.get(`/leerateliers/${slug}/agenda`)).text;
    const rows = timelineOf(html);
    expect(rows[0]).toEqual('12.30–13.00 uur Inloop');
    expect(rows.slice(2, 5)).toEqual(['13.15–13.53 uur openbare ruimte en groen', '13.15–13.34 uur Een buurtmoestuin op het braakliggende terrein Lotte van Dijk, Gemeente Leeuwarden, wijk Heechterp-Schieringen', '13.34–13.53 uur Kinderen ontwerpen hun eigen speelplein Thomas Smit, Gemeente Zwolle']);
    expect(rows[rows.length - 1]).toEqual('16.45–17.00 uur Afsluiting');
  });
});
