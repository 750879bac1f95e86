import * as fs from 'node:fs';
import * as http from 'node:http';
import * as path from 'node:path';
import { Attachment } from '../../src/cases/entities/attachment.entity';
import { Case } from '../../src/cases/entities/case.entity';
import { UploadSweeper } from '../../src/cases/upload/upload-sweeper';
import { Edition } from '../../src/editions/edition.entity';
import { User } from '../../src/users/user.entity';
import { createCase } from '../factories/cases';
import { createEdition } from '../factories/editions';
import { createUser, enrol, TEST_PASSWORD } from '../factories/people';
import { listen, startTestApp, TestApp } from '../utils/test-app';

/** An upload over a real socket that the sender breaks off half-way, and what a crash can leave. */
describe('an interrupted upload', () => {
  let t: TestApp;
  let baseUrl: string;
  let edition: Edition;
  let author: User;
  let draft: Case;

  beforeAll(async () => {
    t = await startTestApp({ UPLOAD_MAX_MB: '1' });
    baseUrl = await listen(t);
    edition = await createEdition(t.dataSource);
    author = await createUser(t.dataSource);
    await enrol(t.dataSource, edition, author, 'participant');
    draft = await createCase(t.dataSource, edition, author, { status: 'draft' });
  });

  afterAll(() => t.close());

  const editPage = () => `/leerateliers/${edition.slug}/casussen/${draft.id}/bewerken`;
  const uploadPath = () => `/leerateliers/${edition.slug}/casussen/${draft.id}/bijlagen`;
  const rows = () => t.dataSource.getRepository(Attachment).find();
  const stored = () => fs.readdirSync(path.join(t.config.uploadDir, 'cases'));
  const incoming = () => fs.readdirSync(path.join(t.config.uploadDir, '.incoming'));

  it('leaves nothing on disk or in the database when an upload is cut off half-way', async () => {
    const cookie = await rawLogin(baseUrl, author.email);
    const token = /name="_csrf" value="([^"]+)"/.exec(await (await fetch(baseUrl + editPage(), { headers: { cookie } })).text())![1];
    const boundary = 'casusgrens';
    const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="bestanden"; filename="groot.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\n`);
    const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
    const size = 900 * 1024;
    const req = http.request(`${baseUrl}${uploadPath()}?_csrf=${encodeURIComponent(token)}`, {
      method: 'POST',
      headers: { cookie, 'content-type': `multipart/form-data; boundary=${boundary}`, 'content-length': String(head.length + size + tail.length) },
    });
    req.on('error', () => undefined);
    req.write(head);
    req.write(Buffer.alloc(size / 2, 0x41));
    // The file is being written before the connection breaks.
    await waitFor(() => incoming().length === 1);
    req.destroy();
    await waitFor(() => incoming().length === 0);
    expect([await rows(), stored(), incoming()]).toEqual([[], [], []]);
    // Let the server finish with the broken request before the app is closed.
    await new Promise((resolve) => setTimeout(resolve, 200));
  });

  it('cleans up at start-up what a crash left: old half uploads and files without a row', async () => {
    const write = (dir: string, name: string, hoursOld: number) => {
      const file = path.join(t.config.uploadDir, dir, name);
      fs.writeFileSync(file, 'x');
      const at = new Date(Date.now() - hoursOld * 3600_000);
      fs.utimesSync(file, at, at);
    };
    const known = 'c'.repeat(32);
    await t.dataSource.getRepository(Attachment).save({ caseId: draft.id, storedName: known, displayName: 'kaart.pdf', mime: 'application/pdf', kind: 'pdf', size: 1, sha256: '0'.repeat(64), uploadedById: author.id });
    write('cases', known, 5);
    write('cases', 'a'.repeat(32), 5);
    write('cases', 'b'.repeat(32), 0);
    write('.incoming', 'oud.part', 5);
    write('.incoming', 'bezig.part', 0);
    expect(await t.app.get(UploadSweeper).sweep(new Date())).toEqual(2);
    expect([stored().sort(), incoming()]).toEqual([['b'.repeat(32), known], ['bezig.part']]);
  });
});

/** A session cookie from the real login form, for requests made without supertest. */
async function rawLogin(baseUrl: string, email: string): Promise<string> {
  const page = await fetch(`${baseUrl}/inloggen`);
  const first = page.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const token = /name="_csrf" value="([^"]+)"/.exec(await page.text())![1];
  const res = await fetch(`${baseUrl}/inloggen`, {
    method: 'POST',
    redirect: 'manual',
    headers: { cookie: first, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ _csrf: token, email, password: TEST_PASSWORD, terug: '/' }),
  });
  return res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
}

async function waitFor(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > until) throw new Error('Timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
