import { Case } from '../../src/cases/entities/case.entity';
import { CaseExtension } from '../../src/cases/entities/case-extension.entity';
import { CaseVersion } from '../../src/cases/entities/case-version.entity';
import { toAmsterdam } from '../../src/common/dates/amsterdam-time';
import { formatDateTime } from '../../src/common/dates/format-dates';
import { Edition } from '../../src/editions/edition.entity';
import { Enrolment } from '../../src/enrolments/enrolment.entity';
import { User } from '../../src/users/user.entity';
import { caseFormFields, createCase, fieldError, fieldValue } from '../factories/cases';
import { createEdition } from '../factories/editions';
import { createUser, enrol } from '../factories/people';
import { visibleText } from '../utils/html';
import { Agent, loggedIn, postForm } from '../utils/session';
import { startTestApp, TestApp } from '../utils/test-app';

const DAY = 24 * 3600_000;

/** The values of `<input type="date">` and `<input type="time">` for a moment in Amsterdam. */
function inputs(moment: Date): { date: string; time: string } {
  const w = toAmsterdam(moment);
  const two = (n: number) => String(n).padStart(2, '0');
  return { date: `${w.year}-${two(w.month)}-${two(w.day)}`, time: `${two(w.hour)}:${two(w.minute)}` };
}

describe('the case deadline', () => {
  let t: TestApp;
  let edition: Edition;
  let author: User;
  let enrolment: Enrolment;
  let writer: Agent;
  let trainer: Agent;

  beforeAll(async () => {
    t = await startTestApp();
    edition = await createEdition(t.dataSource);
    author = await createUser(t.dataSource, { name: 'Jeroen Bakker' });
    const coach = await createUser(t.dataSource);
    enrolment = await enrol(t.dataSource, edition, author, 'participant');
    await enrol(t.dataSource, edition, coach, 'trainer');
    writer = await loggedIn(t.app.getHttpServer(), author.email);
    trainer = await loggedIn(t.app.getHttpServer(), coach.email);
  });

  afterAll(() => t.close());

  const base = () => `/leerateliers/${edition.slug}`;
  const setDeadline = (at: Date) => t.dataSource.getRepository(Edition).update(edition.id, { caseDeadline: at });

  it('is shown as Dutch text with the time left', async () => {
    const deadline = new Date(Date.now() + 2 * DAY);
    await setDeadline(deadline);
    const text = visibleText((await writer.get(`${base()}/mijn-casus`)).text);
    expect(text).toContain(`Deadline voor je casus: ${formatDateTime(deadline)} (nog 2 dagen)`);
  });

  it('refuses to submit a draft one second after the deadline, keeps the form and stores nothing', async () => {
    const draft = await createCase(t.dataSource, edition, author, { status: 'draft', text: { title: 'Oude titel' } });
    await setDeadline(new Date(Date.now() - 1000));
    const res = await postForm(writer, `${base()}/casussen/${draft.id}`, { ...caseFormFields({ title: 'Nieuwe titel', otherTheme: 'krimp' }), actie: 'indienen' });
    expect(res.status).toEqual(422);
    expect(visibleText(res.text)).toContain('De deadline is voorbij. Je casus is niet ingediend en niet opgeslagen. Wat je hebt getypt, staat hieronder nog.');
    expect(fieldValue(res.text, 'title')).toEqual('Nieuwe titel');
    const stored = await t.dataSource.getRepository(Case).findOneByOrFail({ id: draft.id });
    expect([stored.status, stored.title]).toEqual(['draft', 'Oude titel']);
    expect(await t.dataSource.getRepository(CaseVersion).countBy({ caseId: draft.id })).toEqual(0);
    const form = await writer.get(`${base()}/casussen/${draft.id}/bewerken`);
    expect(visibleText(form.text)).toContain('De deadline is voorbij. Je kunt je casus opslaan, maar niet meer indienen.');
    expect(form.text).not.toContain('value="indienen"');
    await t.dataSource.getRepository(Case).delete(draft.id);
  });

  it('locks a submitted case at the deadline', async () => {
    const submitted = await createCase(t.dataSource, edition, author, { text: { title: 'Ingediend op tijd' } });
    await setDeadline(new Date(Date.now() - 1000));
    const locked = 'De deadline is voorbij. Je casus kan niet meer worden aangepast of ingetrokken. Neem contact op met de trainer als je meer tijd nodig hebt.';
    const edit = await writer.get(`${base()}/casussen/${submitted.id}/bewerken`);
    expect([edit.status, visibleText(edit.text).includes(locked)]).toEqual([403, true]);
    const save = await postForm(writer, `${base()}/casussen/${submitted.id}`, { ...caseFormFields({ title: 'Te laat' }), actie: 'opslaan' });
    expect(save.status).toEqual(403);
    expect((await postForm(writer, `${base()}/casussen/${submitted.id}/intrekken`, {})).status).toEqual(403);
    const stored = await t.dataSource.getRepository(Case).findOneByOrFail({ id: submitted.id });
    expect([stored.status, stored.title]).toEqual(['submitted', 'Ingediend op tijd']);
    const page = visibleText((await writer.get(`${base()}/casussen/${submitted.id}`)).text);
    expect(page).not.toContain('Bewerken');
    await t.dataSource.getRepository(Case).delete(submitted.id);
  });

  it('opens again for one participant with an extension from the trainer', async () => {
    const draft = await createCase(t.dataSource, edition, author, { status: 'draft' });
    const editionDeadline = new Date(Date.now() - 1000);
    await setDeadline(editionDeadline);
    const until = new Date(Math.floor((Date.now() + DAY) / 60_000) * 60_000);
    const res = await postForm(trainer, `${base()}/casusvoortgang/uitstel/${enrolment.id}`, inputs(until), `${base()}/casusvoortgang/uitstel/${enrolment.id}`);
    expect([res.status, res.headers.location]).toEqual([303, `${base()}/casusvoortgang`]);
    expect(visibleText((await trainer.get(res.headers.location)).text)).toContain('Jeroen Bakker heeft uitstel gekregen.');
    expect((await t.dataSource.getRepository(CaseExtension).findOneByOrFail({ enrolmentId: enrolment.id })).until).toEqual(until);
    expect(visibleText((await writer.get(`${base()}/mijn-casus`)).text)).toContain(`Deadline voor je casus: ${formatDateTime(until)} (morgen om`);
    const submit = await postForm(writer, `${base()}/casussen/${draft.id}`, { ...caseFormFields({}, []), otherTheme: 'krimp', actie: 'indienen' });
    expect(submit.status).toEqual(303);
    expect((await t.dataSource.getRepository(Case).findOneByOrFail({ id: draft.id })).status).toEqual('submitted');

    await postForm(trainer, `${base()}/casusvoortgang/uitstel/${enrolment.id}/intrekken`, {}, `${base()}/casusvoortgang`);
    expect((await writer.get(`${base()}/casussen/${draft.id}/bewerken`)).status).toEqual(403);
  });

  it('only accepts an extension after the edition deadline and before meeting two', async () => {
    await setDeadline(new Date('2030-09-30T15:00:00Z'));
    const path = `${base()}/casusvoortgang/uitstel/${enrolment.id}`;
    const tries: [Record<string, string>, string][] = [
      [{ date: '', time: '' }, 'Vul een datum in.'],
      [{ date: '2030-09-31', time: '12:00' }, 'Vul een datum en een tijd in, zoals 3-10-2030 en 17:00.'],
      [{ date: '2030-09-30', time: '17:00' }, 'Kies een moment na de gewone deadline.'],
      [{ date: '2030-10-03', time: '13:30' }, 'Kies een moment voor het begin van de tweede bijeenkomst.'],
    ];
    for (const [fields, message] of tries) {
      const res = await postForm(trainer, path, fields, path);
      expect([res.status, fieldError(res.text, 'date'), fieldValue(res.text, 'date')]).toEqual([422, message, fields.date]);
    }
    expect(await t.dataSource.getRepository(CaseExtension).countBy({ enrolmentId: enrolment.id })).toEqual(0);
    const page = await trainer.get(path);
    expect(visibleText(page.text)).toContain('Uitstel voor Jeroen Bakker');
    expect(visibleText(page.text)).toContain(`De deadline voor iedereen is ${formatDateTime(new Date('2030-09-30T15:00:00Z'))}.`);
  });
});
