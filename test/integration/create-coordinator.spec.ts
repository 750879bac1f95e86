import request from 'supertest';
import { createCoordinator } from '../../src/users/cli/create-coordinator';
import { textOf } from '../utils/html';
import { csrfToken } from '../utils/session';
import { startTestApp } from '../utils/test-app';

describe('creating the first coordinator from the command line', () => {
  it('prints a one-time link with which the coordinator sets a password and reaches the admin pages', async () => {
    const t = await startTestApp();
    const { link, existed } = await createCoordinator(t.app, { email: 'sanne@opleider.nl', name: 'Sanne Visser' });
    expect(existed).toBe(false);
    const path = new URL(link).pathname;
    expect(path).toMatch(/^\/wachtwoord-instellen\/[A-Za-z0-9_-]{43}$/);

    const agent = request.agent(t.app.getHttpServer());
    const csrf = await csrfToken(agent, path);
    await agent.post(path).type('form').send({ _csrf: csrf, password: 'koffie met de wethouder', passwordAgain: 'koffie met de wethouder' }).expect(303);
    const mine = await agent.get('/mijn').expect(200);
    expect(textOf(mine.text, 'main')).toContain('Naar beheer');
    await agent.get(path).expect(410);
    await t.close();
  });
});
