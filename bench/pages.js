// The portal pages the HTTP benchmark measures. Each feature adds its pages here; `list`
// gets the running demo's base URL and data folder. A page behind the login carries the
// session cookie of a demo account in `headers`.
const { DEMO_PASSWORD } = require('../dist/demo/demo-people.js');

/** Logs in through the real login form and returns the session cookie. */
async function login(baseUrl, email) {
  const cookieOf = (res) => res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const form = await fetch(baseUrl + '/inloggen');
  const token = /name="_csrf" value="([^"]+)"/.exec(await form.text())?.[1];
  const res = await fetch(baseUrl + '/inloggen', {
    method: 'POST',
    redirect: 'manual',
    headers: { cookie: cookieOf(form), 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ _csrf: token ?? '', email, password: DEMO_PASSWORD, terug: '/' }),
  });
  if (res.status !== 303) throw new Error(`Logging in as ${email} failed with ${res.status}.`);
  return cookieOf(res);
}

async function list({ baseUrl }) {
  const home = await fetch(baseUrl + '/').then((res) => res.text());
  const edition = /href="(\/leerateliers\/[a-z0-9-]+)"/.exec(home)?.[1];
  if (!edition) throw new Error('The demo edition is not on the home page.');
  return [
    { name: 'home (edition list)', url: baseUrl + '/' },
    { name: 'edition page', url: baseUrl + edition },
    { name: 'case overview (logged in)', url: `${baseUrl}${edition}/casussen`, headers: { cookie: await login(baseUrl, 'deelnemer@demo.example') } },
  ];
}

module.exports = { list, login };
