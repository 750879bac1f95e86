// Memory of the portal while a 50 MB attachment uploads. The upload must stream to disk, so the
// server's resident memory must not grow with the file. Samples VmRSS of the server process from
// /proc while the upload runs and prints the peak growth. Garbage collection runs when it likes,
// so some growth is normal; a second, three times larger upload is the control: a streaming
// server grows about the same for both, a buffering one three times as much.
// Run through `npm run bench` (which builds first), or `npm run build && node bench/upload.js`.
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const http = require('node:http');
const os = require('node:os');
const path = require('node:path');
const { login } = require('./pages.js');

const ROOT = path.join(__dirname, '..');
const PORT = 3913;
const BASE = `http://127.0.0.1:${PORT}`;
const FILE_MB = Number(process.env.BENCH_UPLOAD_MB ?? 50);
const CONTROL_MB = FILE_MB * 3;
// The demo participant whose case is still a draft without attachments.
const AUTHOR = 'linda.vos@demo.example';

function start(env) {
  const child = spawn(process.execPath, [path.join(ROOT, 'dist', 'main.js')], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`The portal did not start: ${out}`)), 30_000);
    child.stdout.on('data', (chunk) => {
      out += chunk;
      if (/draait op/.test(out)) {
        clearTimeout(timer);
        resolve(child);
      }
    });
    child.on('exit', (code) => reject(new Error(`The portal stopped with ${code}: ${out}`)));
  });
}

function stop(child) {
  child.removeAllListeners('exit');
  return new Promise((resolve) => {
    child.once('exit', resolve);
    child.kill('SIGTERM');
  });
}

/** Resident memory of a process in bytes, from /proc (Linux). */
function rss(pid) {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)[1]) * 1024;
}

/** A valid-looking PDF of `mb` megabytes, written in pieces so this script stays small too. */
function makePdf(file, mb) {
  const fd = fs.openSync(file, 'w');
  fs.writeSync(fd, '%PDF-1.4\n');
  const filler = Buffer.alloc(1024 * 1024, 0x20);
  for (let i = 0; i < mb; i++) fs.writeSync(fd, filler);
  fs.writeSync(fd, '\n%%EOF\n');
  fs.closeSync(fd);
  return fs.statSync(file).size;
}

/** Posts the file as multipart, streamed from disk; resolves with the status and location. */
function upload(url, cookie, file, size) {
  const boundary = `casusbench${Date.now()}`;
  const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="bestanden"; filename="Jaarverslag wijk.pdf"\r\nContent-Type: application/pdf\r\n\r\n`);
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return new Promise((resolve, reject) => {
    const req = http.request(url, {
      method: 'POST',
      headers: { cookie, 'content-type': `multipart/form-data; boundary=${boundary}`, 'content-length': String(head.length + size + tail.length) },
    });
    req.on('response', (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode, location: res.headers.location }));
    });
    req.on('error', reject);
    req.write(head);
    const stream = fs.createReadStream(file);
    stream.on('error', reject);
    stream.on('end', () => req.end(tail));
    stream.pipe(req, { end: false });
  });
}

const mb = (bytes) => (bytes / (1024 * 1024)).toFixed(1);

/** Uploads one file to the draft's edit page and measures the server's RSS meanwhile. */
async function measure(app, cookie, edit, file) {
  const size = fs.statSync(file).size;
  const get = (p) => fetch(BASE + p, { headers: { cookie } }).then((res) => res.text());
  const token = /name="_csrf" value="([^"]+)"/.exec(await get(`${edit}/bewerken`))[1];
  const idle = [];
  for (let i = 0; i < 20; i++) {
    idle.push(rss(app.pid));
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  const before = Math.max(...idle);
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, rss(app.pid))), 5);
  const started = process.hrtime.bigint();
  const result = await upload(`${BASE}${edit}/bijlagen?_csrf=${encodeURIComponent(token)}`, cookie, file, size);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  clearInterval(sampler);
  peak = Math.max(peak, rss(app.pid));
  const shown = (await get(`${edit}/bewerken`)).split('Jaarverslag wijk.pdf').length - 1;
  if (result.status !== 303 || shown === 0) throw new Error(`The upload was not accepted: ${result.status} ${result.location}`);
  console.log(
    `${mb(size).padStart(6)} MB in ${seconds.toFixed(2)} s (${(size / (1024 * 1024) / seconds).toFixed(0)} MB/s): ` +
      `server RSS before ${mb(before)} MB, peak ${mb(peak)} MB, growth ${mb(peak - before)} MB`,
  );
  return peak - before;
}

/** Starts a fresh server (so the baseline is the same), uploads one file, stops the server. */
async function run(env, file) {
  const app = await start(env);
  try {
    const cookie = await login(BASE, AUTHOR);
    const get = (p) => fetch(BASE + p, { headers: { cookie } }).then((res) => res.text());
    const edition = /href="(\/leerateliers\/[a-z0-9-]+)"/.exec(await get('/'))[1];
    const edit = /href="(\/leerateliers\/[a-z0-9-]+\/casussen\/\d+)\/bewerken"/.exec(await get(`${edition}/mijn-casus`))[1];
    return await measure(app, cookie, edit, file);
  } finally {
    await stop(app);
  }
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'casusportaal-upload-bench-'));
  const env = { PORT: String(PORT), DATA_DIR: dir, UPLOAD_DIR: path.join(dir, 'uploads'), DEMO: 'true', LOG_REQUESTS: 'false', NODE_ENV: 'production', UPLOAD_MAX_MB: String(CONTROL_MB + 10) };
  const file = path.join(dir, 'upload.pdf');
  const control = path.join(dir, 'control.pdf');
  try {
    makePdf(file, FILE_MB);
    makePdf(control, CONTROL_MB);
    console.log(`\nAttachment uploads, PDF, over loopback, each on a freshly started server (RSS sampled every 5 ms)`);
    const growth = await run(env, file);
    const controlGrowth = await run(env, control);
    const streams = controlGrowth < growth * 1.5 + 8 * 1024 * 1024;
    console.log(
      streams
        ? `streams: ${CONTROL_MB} MB grew the server about as much as ${FILE_MB} MB (${mb(controlGrowth)} vs ${mb(growth)} MB)`
        : `WARNING: memory grew with the file (${mb(controlGrowth)} MB for ${CONTROL_MB} MB vs ${mb(growth)} MB for ${FILE_MB} MB); the upload may be buffered`,
    );
    if (!streams) process.exitCode = 1;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
