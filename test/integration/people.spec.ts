import { Enrolment } from '../../src/enrolments/enrolment.entity';
import { SignUp } from '../../src/enrolments/sign-up.entity';
import { createEdition } from '../factories/editions';
import { createUser, enrol } from '../factories/people';
import { textOf } from '../utils/html';
import { mailsTo } from '../utils/outbox';
import { csrfToken, loggedIn } from '../utils/session';
import { startTestApp } from '../utils/test-app';

describe('withdrawing a participant', () => {
  it('frees the place for the first person on the waiting list, who is told by mail', async () => {
    const t = await startTestApp();
    const edition = await createEdition(t.dataSource, { capacityMax: 1, title: 'Leeratelier klein' });
    const trainer = await createUser(t.dataSource);
    await enrol(t.dataSource, edition, trainer, 'trainer');
    const participant = await createUser(t.dataSource, { name: 'Kees Jansen' });
    const enrolment = await enrol(t.dataSource, edition, participant, 'participant');
    const waiting = await t.dataSource
      .getRepository(SignUp)
      .save({ editionId: edition.id, name: 'Lies Mulder', email: 'lies@ede.nl', organisation: 'Gemeente Ede', status: 'waiting' });

    const agent = await loggedIn(t.app.getHttpServer(), trainer.email);
    const peoplePath = `/leerateliers/${edition.slug}/deelnemers`;
    const csrf = await csrfToken(agent, peoplePath);
    await agent.post(`${peoplePath}/${enrolment.id}/afmelden`).type('form').send({ _csrf: csrf }).expect(303);
    expect(textOf((await agent.get(peoplePath)).text, 'main')).toContain('Kees Jansen is afgemeld.');

    expect((await t.dataSource.getRepository(Enrolment).findOneByOrFail({ id: enrolment.id })).status).toBe('withdrawn');
    expect((await t.dataSource.getRepository(SignUp).findOneByOrFail({ id: waiting.id })).status).toBe('pending');
    const mails = await mailsTo(t.dataSource, 'lies@ede.nl');
    expect(mails.map((m) => m.template)).toEqual(['sign-up-moved-up']);
    await t.close();
  });
});
