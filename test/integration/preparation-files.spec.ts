import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Edition } from '../../src/editions/edition.entity';
import { PreparationFile } from '../../src/preparation/entities/preparation-file.entity';
import { PreparationFileSweeper } from '../../src/preparation/files/preparation-file-sweeper';
import { User } from '../../src/users/user.entity';
import { createEdition } from '../factories/editions';
import { createUser, enrol } from '../factories/people';
import { visibleText } from '../utils/html';
import { Agent, csrfToken, loggedIn } from '../utils/session';
import { startTestApp, TestApp } from '../utils/test-app';

/** Material files go through the cases' safe upload handling and are stored in a folder of their own. */
describe('files with the preparation material', () => {
  let t: TestApp;
  let edition: Edition;
  let trainerUser: User;
  let trainer: Agent;
  let participant: Agent;
  let outsider: Agent;
  const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Title (Van inspraak naar samenspraak) >> endobj\n%%EOF\n');
  const setup = () => `/leerateliers/${edition.slug}/voorbereiding/instellen`;
  const filesPath = () => `/leerateliers/${edition.slug}/voorbereiding/bestanden`;
  const rows = () => t.dataSource.getRepository(PreparationFile).find({ where: { editionId: edition.id }, order: { id: 'ASC' } });
  const folder = () => path.join(t.config.uploadDir, 'preparation');
  const stored = () => fs.readdirSync(folder()).sort();

  beforeAll(async () => {
    t = await startTestApp({ UPLOAD_MAX_FILES: '2' });
    edition = await createEdition(t.dataSource);
    trainerUser = await createUser(t.dataSource, { name: 'Marieke Bos' });
    const anne = await createUser(t.dataSource);
    const stranger = await createUser(t.dataSource);
    await enrol(t.dataSource, edition, trainerUser, 'trainer');
    await enrol(t.dataSource, edition, anne, 'participant');
    await enrol(t.dataSource, await createEdition(t.dataSource), stranger, 'participant');
    trainer = await loggedIn(t.app.getHttpServer(), trainerUser.email);
    participant = await loggedIn(t.app.getHttpServer(), anne.email);
    outsider = await loggedIn(t.app.getHttpServer(), stranger.email);
  });
  afterAll(() => t.close());

  async function upload(agent: Agent, files: [Buffer, string][]) {
    const token = await csrfToken(agent, '/inloggen');
    let req = agent.post(`${filesPath()}?_csrf=${encodeURIComponent(token)}`);
    for (const [content, name] of files) req = req.attach('bestanden', content, { filename: name, contentType: 'application/octet-stream' });
    return req;
  }

  it('keeps a PDF under a random name with its SHA-256, for everyone in the edition to download', async () => {
    const res = await upload(trainer, [[pdf, 'Van inspraak naar samenspraak.pdf']]);
    expect([res.status, res.headers.location]).toEqual([303, `${setup()}#bestanden`]);
    const [row] = await rows();
    expect({ ...row, id: 0, createdAt: null, storedName: row.storedName.length }).toEqual({
      id: 0,
      editionId: edition.id,
      storedName: 32,
      displayName: 'Van inspraak naar samenspraak.pdf',
      mime: 'application/pdf',
      kind: 'pdf',
      size: pdf.length,
      sha256: createHash('sha256').update(pdf).digest('hex'),
      uploadedById: trainerUser.id,
      createdAt: null,
    });
    expect(stored()).toEqual([row.storedName]);
    expect(visibleText((await trainer.get(setup())).text)).toContain('Het bestand is toegevoegd.');

    expect(visibleText((await participant.get(`/leerateliers/${edition.slug}/voorbereiding`)).text)).toContain(
      `Bestanden om te downloaden: Van inspraak naar samenspraak.pdf (PDF, ${pdf.length} bytes)`,
    );
    const download = await participant.get(`${filesPath()}/${row.id}`).buffer(true);
    expect([download.status, download.headers['content-type'], download.headers['x-content-type-options']]).toEqual([200, 'application/pdf', 'nosniff']);
    expect(download.headers['content-disposition']).toContain('attachment;');
    expect(Buffer.from(download.body as Buffer).equals(pdf)).toBe(true);
    expect((await outsider.get(`${filesPath()}/${row.id}`)).status).toBe(404);
  });

  it('refuses a file whose bytes are not an allowed type, whatever its name, and stores nothing', async () => {
    const before = stored();
    const res = await upload(trainer, [[Buffer.from('MZ\x90\x00 dit is geen pdf'), 'artikel.pdf']]);
    expect(res.status).toBe(303);
    const page = visibleText((await trainer.get(setup())).text);
    expect(page).toContain('Het bestand artikel.pdf is geen PDF, Word, PowerPoint, Excel, OpenDocument-tekst, PNG of JPEG.');
    expect([(await rows()).length, stored()]).toEqual([1, before]);
    expect(fs.readdirSync(path.join(t.config.uploadDir, '.incoming'))).toEqual([]);
  });

  it('refuses an upload by a participant before reading it, and keeps to the maximum number of files', async () => {
    expect((await upload(participant, [[pdf, 'ook.pdf']])).status).toBe(403);
    expect((await upload(outsider, [[pdf, 'ook.pdf']])).status).toBe(404);
    await upload(trainer, [[pdf, 'Tweede.pdf']]);
    await upload(trainer, [[pdf, 'Derde.pdf']]);
    expect(visibleText((await trainer.get(setup())).text)).toContain('Er zijn al 2 bestanden. Verwijder er een om een ander toe te voegen.');
    expect((await rows()).map((r) => r.displayName)).toEqual(['Van inspraak naar samenspraak.pdf', 'Tweede.pdf']);
  });

  it('removes a file, row first, and sweeps files no row points to', async () => {
    const [, second] = await rows();
    const token = await csrfToken(trainer, setup());
    const res = await trainer.post(`${filesPath()}/${second.id}/verwijderen`).type('form').send({ _csrf: token });
    expect(res.status).toBe(303);
    expect(visibleText((await trainer.get(setup())).text)).toContain('Tweede.pdf is verwijderd.');
    expect(stored()).toEqual([(await rows())[0].storedName]);
    expect((await participant.get(`${filesPath()}/${second.id}`)).status).toBe(404);

    // A file left by a crash between the rename and the commit.
    const orphan = path.join(folder(), 'a'.repeat(32));
    fs.writeFileSync(orphan, pdf);
    const sweeper = t.app.get(PreparationFileSweeper);
    expect(await sweeper.sweep(new Date())).toBe(0);
    expect(await sweeper.sweep(new Date(Date.now() + 2 * 60 * 60_000))).toBe(1);
    expect(stored()).toEqual([(await rows())[0].storedName]);
  });
});
