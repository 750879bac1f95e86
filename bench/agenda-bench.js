'use strict';
// Times the agenda proposal (theme grouping plus fitting into the afternoon) on generated Dutch
// cases, on the built code: run `npx nest build` first, then `node bench/agenda-bench.js`.
// Prints, per size and mode, the median wall-clock and CPU time of a few runs, after three
// warm-up runs (steady state, as in a running portal); the very first call, which loads the
// Dutch dictionary, is shown apart. CPU time counts garbage-collector threads too.

const { groupCases } = require('../dist/agenda/grouping/group-cases.js');
const { fitAgenda } = require('../dist/agenda/fitting/fit-agenda.js');
const { THEMES, MUNICIPALITIES, GENERIC, VERBS, FRAMES } = require('./agenda-vocab.js');

const THEME_NAMES = Object.keys(THEMES);
const SIZES = [20, 200, 2000];
const RUNS = { 20: 15, 200: 7, 2000: 5 };

/** A small seeded generator, so every run times the same cases. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function generateCases(count, withThemes, seed) {
  const next = random(seed);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const cases = [];
  for (let i = 0; i < count; i++) {
    const theme = pick(THEME_NAMES);
    const vocab = THEMES[theme];
    const fill = (frame) =>
      frame.replace(/\{(\w)\}/g, (_, slot) => {
        if (slot === 'n') return next() < 0.85 ? pick(vocab.nouns) : pick(THEMES[pick(THEME_NAMES)].nouns);
        if (slot === 'g') return pick(GENERIC);
        if (slot === 'v') return pick(VERBS);
        if (slot === 'p') return pick(vocab.places);
        return pick(MUNICIPALITIES);
      });
    const sentences = Array.from({ length: 6 + Math.floor(next() * 8) }, () => fill(pick(FRAMES)));
    const roll = next();
    const themes = !withThemes ? [] : roll < 0.7 ? [theme] : roll < 0.85 ? [theme, pick(THEME_NAMES)] : [];
    const title = fill('{n} en de {g}');
    cases.push({ id: `c${String(i).padStart(5, '0')}`, title: title[0].toUpperCase() + title.slice(1), text: sentences.join(' '), themes });
  }
  return cases;
}

function proposeAgenda(input) {
  const grouping = groupCases(input);
  return fitAgenda({
    start: new Date('2018-10-04T11:00:00Z'),
    end: new Date('2018-10-04T15:00:00Z'),
    walkInMinutes: 30,
    blocks: grouping.blocks,
    minMinutesPerCase: 10,
    maxMinutesPerCase: 30,
    tables: 'auto',
  });
}

function time(fn) {
  const cpu = process.cpuUsage();
  const start = process.hrtime.bigint();
  fn();
  const wall = Number(process.hrtime.bigint() - start) / 1e6;
  const used = process.cpuUsage(cpu);
  return { wall, cpu: (used.user + used.system) / 1000 };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const first = time(() => proposeAgenda({ themes: THEME_NAMES, cases: generateCases(20, true, 1) }));
console.log(`first call (loads the dictionary): ${first.wall.toFixed(0)} ms`);
console.log('cases  mode            median wall   median cpu   runs');
for (const size of SIZES) {
  for (const withThemes of [true, false]) {
    const input = { themes: withThemes ? THEME_NAMES : undefined, cases: generateCases(size, withThemes, size) };
    for (let i = 0; i < 3; i++) proposeAgenda(input);
    const runs = Array.from({ length: RUNS[size] }, () => time(() => proposeAgenda(input)));
    const mode = withThemes ? 'theme list' : 'own groups';
    console.log(
      `${String(size).padStart(5)}  ${mode.padEnd(14)}  ${median(runs.map((r) => r.wall)).toFixed(1).padStart(8)} ms` +
        `  ${median(runs.map((r) => r.cpu)).toFixed(1).padStart(8)} ms   ${runs.length}`,
    );
  }
}
