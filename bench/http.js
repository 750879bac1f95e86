// Throughput and latency of the portal's pages next to the floor (a bare NestJS + Handlebars
// page), measured in the same run on the same machine, one after the other. Prints ratios.
// Run through `npm run bench`, which builds first.
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const autocannon = require('autocannon');

const ROOT = path.join(__dirname, '..');
const DURATION = Number(process.env.BENCH_SECONDS ?? 8);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);

function start(script, env) {
  const child = spawn(process.execPath, [script], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`${script} did not start: ${out}`)), 30_000);
    child.stdout.on('data', (chunk) => {
      out += chunk;
      if (/ready|draait op/.test(out)) {
        clearTimeout(timer);
        resolve(child);
      }
    });
    child.on('exit', (code) => reject(new Error(`${script} stopped with ${code}: ${out}`)));
  });
}

function stop(child) {
  child.removeAllListeners('exit');
  return new Promise((resolve) => {
    child.once('exit', resolve);
    child.kill('SIGTERM');
  });
}

// `headers` carries a session cookie for pages behind the login (see pages.js).
async function measure(url, headers = {}) {
  // A short warm-up, so that template compilation and JIT do not count.
  await autocannon({ url, headers, connections: CONNECTIONS, duration: 1 });
  const result = await autocannon({ url, headers, connections: CONNECTIONS, duration: DURATION });
  if (result.non2xx > 0 || result.errors > 0) throw new Error(`${url}: ${result.non2xx} non-2xx, ${result.errors} errors`);
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99 };
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'casusportaal-bench-'));
  const pages = require('./pages.js');
  const results = [];

  const floor = await start(path.join(__dirname, 'floor', 'floor-app.js'), { PORT: '3911' });
  const floorResult = await measure('http://127.0.0.1:3911/');
  await stop(floor);

  const env = { PORT: '3912', DATA_DIR: dir, UPLOAD_DIR: path.join(dir, 'uploads'), DEMO: 'true', LOG_REQUESTS: 'false', NODE_ENV: 'production' };
  const app = await start(path.join(ROOT, 'dist', 'main.js'), env);
  try {
    for (const page of await pages.list({ baseUrl: 'http://127.0.0.1:3912', dataDir: dir })) {
      results.push({ name: page.name, ...(await measure(page.url, page.headers)) });
    }
  } finally {
    await stop(app);
    fs.rmSync(dir, { recursive: true, force: true });
  }

  const row = (name, r, ratio) =>
    `${name.padEnd(28)} ${r.rps.toFixed(0).padStart(7)} req/s  p50 ${String(r.p50).padStart(4)} ms  p99 ${String(r.p99).padStart(4)} ms${ratio}`;
  console.log(`\nPages (${CONNECTIONS} connections, ${DURATION} s each)`);
  console.log(row('floor: NestJS + Handlebars', floorResult, ''));
  for (const r of results) console.log(row(r.name, r, `  ratio to floor ${(r.rps / floorResult.rps).toFixed(2)}`));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
