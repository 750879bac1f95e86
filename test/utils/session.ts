import request from 'supertest';
import type { App } from 'supertest/types';
import { TEST_PASSWORD } from '../factories/people';

export type Agent = ReturnType<typeof request.agent>;

/** The CSRF token of the agent's session, read from a page with a form, as a browser would. */
export async function csrfToken(agent: Agent, path = '/inloggen'): Promise<string> {
  const res = await agent.get(path);
  const token = /name="_csrf" value="([^"]+)"/.exec(res.text)?.[1];
  if (!token) throw new Error(`No CSRF token on ${path} (status ${res.status})`);
  return token;
}

/** An agent logged in through the real login form. */
export async function loggedIn(server: App, email: string, password = TEST_PASSWORD): Promise<Agent> {
  const agent = request.agent(server);
  const token = await csrfToken(agent);
  const res = await agent.post('/inloggen').type('form').send({ _csrf: token, email, password, terug: '/' });
  if (res.status !== 303) throw new Error(`Login of ${email} failed with ${res.status}`);
  return agent;
}

/** Posts a form with the agent's CSRF token, as the page would. */
export async function postForm(agent: Agent, path: string, fields: Record<string, string | string[]>, tokenFrom?: string) {
  const token = await csrfToken(agent, tokenFrom ?? '/inloggen');
  return agent.post(path).type('form').send({ _csrf: token, ...fields });
}
