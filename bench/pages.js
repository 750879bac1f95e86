// The portal pages the HTTP benchmark measures. Each feature adds its pages here; `list`
// gets the running demo's base URL and data folder.
async function list({ baseUrl }) {
  const home = await fetch(baseUrl + '/').then((res) => res.text());
  const edition = /href="(\/leerateliers\/[a-z0-9-]+)"/.exec(home)?.[1];
  if (!edition) throw new Error('The demo edition is not on the home page.');
  return [
    { name: 'home (edition list)', url: baseUrl + '/' },
    { name: 'edition page', url: baseUrl + edition },
  ];
}

module.exports = { list };
