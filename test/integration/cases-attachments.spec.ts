import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Attachment } from '../../src/cases/entities/attachment.entity';
import { Case } from '../../src/cases/entities/case.entity';
import { samplePdf, samplePng } from '../../src/cases/demo/sample-files';
import { Edition } from '../../src/editions/edition.entity';
import { User } from '../../src/users/user.entity';
import { createCase, fieldError } from '../factories/cases';
import { createEdition } from '../factories/editions';
import { createUser, enrol } from '../factories/people';
import { visibleText } from '../utils/html';
import { Agent, csrfToken, loggedIn, postForm } from '../utils/session';
import { startTestApp, TestApp } from '../utils/test-app';

describe('attachments', () => {
  let t: TestApp;
  let edition: Edition;
  let author: User;
  let writer: Agent;
  let peer: Agent;
  let outsider: Agent;
  let draft: Case;

  beforeAll(async () => {
    // A small limit, so a too-large file is quick to make.
    t = await startTestApp({ UPLOAD_MAX_MB: '1' });
    edition = await createEdition(t.dataSource);
    author = await createUser(t.dataSource);
    const other = await createUser(t.dataSource);
    const stranger = await createUser(t.dataSource);
    await enrol(t.dataSource, edition, author, 'participant');
    await enrol(t.dataSource, edition, other, 'guest');
    await enrol(t.dataSource, await createEdition(t.dataSource), stranger, 'participant');
    writer = await loggedIn(t.app.getHttpServer(), author.email);
    peer = await loggedIn(t.app.getHttpServer(), other.email);
    outsider = await loggedIn(t.app.getHttpServer(), stranger.email);
    draft = await createCase(t.dataSource, edition, author, { status: 'draft' });
  });

  afterAll(() => t.close());

  const editPage = (c = draft) => `/leerateliers/${edition.slug}/casussen/${c.id}/bewerken`;
  const uploadPath = (c = draft) => `/leerateliers/${edition.slug}/casussen/${c.id}/bijlagen`;
  const rows = () => t.dataSource.getRepository(Attachment).find({ order: { id: 'ASC' } });
  const stored = () => fs.readdirSync(path.join(t.config.uploadDir, 'cases')).sort();
  const incoming = () => fs.readdirSync(path.join(t.config.uploadDir, '.incoming'));

  async function upload(agent: Agent, files: [Buffer, string][], c = draft, headers: Record<string, string> = {}) {
    const token = await csrfToken(agent, editPage(c).replace(/bewerken$/, ''));
    let req = agent.post(`${uploadPath(c)}?_csrf=${encodeURIComponent(token)}`).set(headers);
    for (const [content, name] of files) req = req.attach('bestanden', content, { filename: name, contentType: 'application/octet-stream' });
    return req;
  }

  async function remove(all = true): Promise<void> {
    for (const row of await rows()) {
      if (all) await postForm(writer, `${uploadPath()}/${row.id}/verwijderen`, {}, editPage());
    }
  }

  it('keeps a PDF under a random name with its SHA-256, and shows it with type and size', async () => {
    const pdf = samplePdf('Wijkkaart Beukenlaan');
    const res = await upload(writer, [[pdf, 'Wijkkaart Beukenlaan.pdf']]);
    expect([res.status, res.headers.location]).toEqual([303, `${editPage()}#bijlagen`]);
    const [row] = await rows();
    expect({ ...row, id: 0, createdAt: null, storedName: row.storedName.length }).toEqual({
      id: 0,
      caseId: draft.id,
      storedName: 32,
      displayName: 'Wijkkaart Beukenlaan.pdf',
      mime: 'application/pdf',
      kind: 'pdf',
      size: pdf.length,
      sha256: createHash('sha256').update(pdf).digest('hex'),
      uploadedById: author.id,
      createdAt: null,
    });
    expect(stored()).toEqual([row.storedName]);
    expect(fs.readFileSync(path.join(t.config.uploadDir, 'cases', row.storedName)).equals(pdf)).toEqual(true);
    expect(incoming()).toEqual([]);
    const page = await writer.get(editPage());
    expect(visibleText(page.text)).toContain('De bijlage is toegevoegd.');
    expect(visibleText(page.text)).toContain(`Wijkkaart Beukenlaan.pdf (PDF, ${pdf.length} bytes) Verwijderen`);
  });

  it('sends a download as an attachment with a safe name and nosniff, to people who may read the case only', async () => {
    const [row] = await rows();
    const link = `${uploadPath()}/${row.id}`;
    const own = await writer.get(link).buffer(true);
    expect([own.status, own.headers['content-type'], own.headers['content-disposition'], own.headers['x-content-type-options']]).toEqual([
      200,
      'application/pdf',
      `attachment; filename="Wijkkaart Beukenlaan.pdf"; filename*=UTF-8''Wijkkaart%20Beukenlaan.pdf`,
      'nosniff',
    ]);
    expect(Buffer.from(own.body).equals(fs.readFileSync(path.join(t.config.uploadDir, 'cases', row.storedName)))).toEqual(true);
    // A draft's attachments are as private as the draft.
    expect((await peer.get(link)).status).toEqual(404);
    expect((await outsider.get(link)).status).toEqual(404);
  });

  it('refuses a program renamed to .pdf, and keeps nothing', async () => {
    const exe = Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'), Buffer.alloc(2000, 1)]);
    const res = await upload(writer, [[exe, 'uitnodiging.pdf']]);
    expect(res.status).toEqual(303);
    const page = await writer.get(editPage());
    expect(fieldError(page.text, 'bestanden')).toEqual(
      'Het bestand uitnodiging.pdf is geen PDF, Word, PowerPoint, Excel, OpenDocument-tekst, PNG of JPEG. We kijken naar wat er in het bestand zit, niet naar de naam.',
    );
    expect(visibleText(page.text)).toContain('De bijlage is niet toegevoegd.');
    expect((await rows()).length).toEqual(1);
    expect(stored().length).toEqual(1);
    expect(incoming()).toEqual([]);
    // The message is shown once.
    expect(fieldError((await writer.get(editPage())).text, 'bestanden')).toEqual('');
  });

  it('refuses a file over the size limit, and keeps nothing', async () => {
    const big = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(1024 * 1024 + 10, 0x20), Buffer.from('\n%%EOF\n')]);
    const res = await upload(writer, [[big, 'jaarverslag.pdf']]);
    expect(res.status).toEqual(303);
    expect(fieldError((await writer.get(editPage())).text, 'bestanden')).toEqual('Het bestand jaarverslag.pdf is groter dan 1 MB. Maak het kleiner of kies een ander bestand.');
    expect([(await rows()).length, stored().length, incoming()]).toEqual([1, 1, []]);
  });

  it('refuses an empty file, a file of one space and a form without a file', async () => {
    await upload(writer, [[Buffer.alloc(0), 'leeg.pdf']]);
    expect(fieldError((await writer.get(editPage())).text, 'bestanden')).toEqual('Het bestand leeg.pdf is leeg.');
    await upload(writer, []);
    expect(fieldError((await writer.get(editPage())).text, 'bestanden')).toEqual('Kies eerst een bestand.');
    await upload(writer, [[Buffer.from(' '), 'spatie.pdf']]);
    expect(fieldError((await writer.get(editPage())).text, 'bestanden')).toContain('Het bestand spatie.pdf is geen PDF');
    expect([(await rows()).length, incoming()]).toEqual([1, []]);
  });

  it('shows a name with folders or invisible characters cleaned, and never writes outside the upload folder', async () => {
    const png = samplePng(3, 3, [[20, 120, 60]]);
    // An old browser on Windows sends the whole path; a crafted request sends "../".
    await upload(writer, [[png, '../../buiten/gpj.\u202eexe.png'], [png, 'C:\\Users\\anne\\Documenten\\plattegrond.png']]);
    expect(fieldError((await writer.get(editPage())).text, 'bestanden')).toEqual('');
    expect((await rows()).map((r) => r.displayName)).toEqual(['Wijkkaart Beukenlaan.pdf', 'gpj.exe.png', 'plattegrond.png']);
    expect(fs.existsSync(path.join(t.config.uploadDir, '..', 'buiten'))).toEqual(false);
    expect(stored().every((name) => /^[0-9a-f]{32}$/.test(name))).toEqual(true);
  });

  it('refuses a name with control characters, which the form parser cannot read, and keeps nothing', async () => {
    await upload(writer, [[samplePng(2, 2, [[0, 0, 0]]), 'foto\u0007.png']]);
    expect(fieldError((await writer.get(editPage())).text, 'bestanden')).toEqual(
      'De naam van het bestand bevat tekens die niet kunnen. Geef het bestand een andere naam en probeer het opnieuw.',
    );
    expect([(await rows()).length, stored().length, incoming()]).toEqual([3, 3, []]);
  });

  it('allows five attachments a case, and says so', async () => {
    const png = samplePng(2, 2, [[0, 0, 0]]);
    await upload(writer, [[png, 'a.png'], [png, 'b.png'], [png, 'c.png'], [png, 'd.png'], [png, 'e.png'], [png, 'f.png']]);
    expect(fieldError((await writer.get(editPage())).text, 'bestanden')).toEqual('Kies maximaal 5 bestanden tegelijk.');
    await upload(writer, [[png, 'a.png'], [png, 'b.png'], [png, 'c.png']]);
    expect(fieldError((await writer.get(editPage())).text, 'bestanden')).toEqual('Een casus kan maximaal 5 bijlagen hebben. Verwijder eerst een bijlage.');
    await upload(writer, [[png, 'a.png'], [png, 'b.png']]);
    expect((await rows()).length).toEqual(5);
    const page = await writer.get(editPage());
    expect(visibleText(page.text)).toContain('Je casus heeft al 5 bijlagen. Verwijder er een om een andere toe te voegen.');
    expect(page.text).not.toContain('name="bestanden"');
  });

  it('removes the file with the attachment', async () => {
    const [first, ...rest] = await rows();
    const res = await postForm(writer, `${uploadPath()}/${first.id}/verwijderen`, {}, editPage());
    expect([res.status, res.headers.location]).toEqual([303, `${editPage()}#bijlagen`]);
    expect(visibleText((await writer.get(editPage())).text)).toContain('De bijlage Wijkkaart Beukenlaan.pdf is verwijderd.');
    expect(stored()).toEqual(rest.map((r) => r.storedName).sort());
    expect((await writer.get(`${uploadPath()}/${first.id}`)).status).toEqual(404);
    await remove();
    expect([await rows(), stored()]).toEqual([[], []]);
  });

  it('answers the upload script with the next address as JSON', async () => {
    const res = await upload(writer, [[samplePdf('Notulen'), 'notulen.pdf']], draft, { Accept: 'application/json' });
    expect([res.status, res.body]).toEqual([200, { location: `${editPage()}#bijlagen` }]);
    await remove();
  });

  it('leaves nothing behind when the database refuses the row', async () => {
    await t.dataSource.query("CREATE TRIGGER weiger_bijlage BEFORE INSERT ON case_attachments BEGIN SELECT RAISE(ABORT, 'kapot'); END");
    try {
      const res = await upload(writer, [[samplePdf('Kapot'), 'kapot.pdf']]);
      expect(res.status).toEqual(500);
    } finally {
      await t.dataSource.query('DROP TRIGGER weiger_bijlage');
    }
    expect([await rows(), stored(), incoming()]).toEqual([[], [], []]);
  });

  it('refuses uploads to a case the person may not change, before reading them', async () => {
    const submitted = await createCase(t.dataSource, edition, author);
    const png = samplePng(2, 2, [[0, 0, 0]]);
    expect((await upload(peer, [[png, 'a.png']], submitted)).status).toEqual(403);
    expect((await upload(outsider, [[png, 'a.png']], submitted)).status).toEqual(404);
    await t.dataSource.getRepository(Edition).update(edition.id, { caseDeadline: new Date(Date.now() - 1000) });
    try {
      const late = await upload(writer, [[png, 'a.png']], submitted);
      expect(late.status).toEqual(403);
      expect(visibleText(late.text)).toContain('De deadline is voorbij. Je casus kan niet meer worden aangepast of ingetrokken.');
    } finally {
      await t.dataSource.getRepository(Edition).update(edition.id, { caseDeadline: edition.caseDeadline });
    }
    expect([await rows(), stored(), incoming()]).toEqual([[], [], []]);
  });
});
