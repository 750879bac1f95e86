// `npm run bench`: every benchmark of the portal, one after the other.
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const scripts = ['http.js', 'agenda-bench.js', 'upload.js'].filter((name) => fs.existsSync(path.join(__dirname, name)));
for (const script of scripts) {
  execFileSync(process.execPath, [path.join(__dirname, script)], { stdio: 'inherit' });
}
