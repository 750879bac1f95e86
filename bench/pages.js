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

/*
 * The case page with 300 comments on the edition: before measuring, demo people post them
 * through the real comment and reply forms, all on one case, a third of them answers in
 * threads, so the page shows every one. It is read as the trainer, who sees the most (trainer
 * notes and moderation links). The first request marks the comments read; from then on the
 * page is the steady state a reader returning to it gets.
 */
const COMMENTS = 300;
const WRITERS = ['deelnemer@demo.example', 'jeroen.bakker@demo.example', 'fatima.elamrani@demo.example', 'gast@demo.example', 'trainer@demo.example'];
const KINDS = ['vraag', 'tip', 'ervaring', 'algemeen'];

async function caseWithComments(baseUrl, edition) {
  const writers = [];
  for (const email of WRITERS) {
    const cookie = await login(baseUrl, email);
    const page = await fetch(`${baseUrl}${edition}/casussen`, { headers: { cookie } }).then((res) => res.text());
    writers.push({ cookie, token: /name="_csrf" value="([^"]+)"/.exec(page)?.[1], casePath: /href="(\/leerateliers\/[a-z0-9-]+\/casussen\/\d+)"/.exec(page)?.[1] });
  }
  const casePath = writers[0].casePath;
  if (!casePath) throw new Error('No case on the demo overview.');
  const existing = await fetch(`${baseUrl}${casePath}`, { headers: { cookie: writers[4].cookie } }).then((res) => res.text());
  // Replies go under comments posted here: the demo's own include a trainer note, which participants cannot answer.
  const ids = [];
  for (let i = [...existing.matchAll(/id="reactie-(\d+)"/g)].length; i < COMMENTS; i++) {
    const writer = writers[i % writers.length];
    const parent = i % 3 === 2 && ids.length > 0 ? ids[(i * 7) % ids.length] : null;
    const body = `Reactie ${i + 1}: bij ons werkte een **bewonersavond** goed.\n\n- eerst luisteren\n- dan samen plannen\n\nZie https://www.example.nl/participatie/${i}`;
    const res = await fetch(`${baseUrl}${casePath}/reacties${parent ? `/${parent}/reageren` : ''}`, {
      method: 'POST',
      redirect: 'manual',
      headers: { cookie: writer.cookie, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ _csrf: writer.token ?? '', kind: KINDS[i % KINDS.length], body }),
    });
    const id = /#reactie-(\d+)$/.exec(res.headers.get('location') ?? '')?.[1];
    if (res.status !== 303 || !id) throw new Error(`Posting comment ${i + 1} failed with ${res.status}.`);
    ids.push(Number(id));
  }
  return { url: `${baseUrl}${casePath}`, headers: { cookie: writers[4].cookie } };
}

async function list({ baseUrl }) {
  const home = await fetch(baseUrl + '/').then((res) => res.text());
  const edition = /href="(\/leerateliers\/[a-z0-9-]+)"/.exec(home)?.[1];
  if (!edition) throw new Error('The demo edition is not on the home page.');
  return [
    { name: 'home (edition list)', url: baseUrl + '/' },
    { name: 'edition page', url: baseUrl + edition },
    { name: 'case overview (logged in)', url: `${baseUrl}${edition}/casussen`, headers: { cookie: await login(baseUrl, 'deelnemer@demo.example') } },
    { name: 'case page, 300 comments', ...(await caseWithComments(baseUrl, edition)) },
    { name: 'agenda editor (trainer)', url: `${baseUrl}${edition}/agenda/bewerken`, headers: { cookie: await login(baseUrl, 'trainer@demo.example') } },
  ];
}

module.exports = { list, login };
