#!/usr/bin/env node
// Runs every test — unit (vitest) and end-to-end (Playwright, on the freshly built extension) —
// and ends with one line that sums them: "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const RESULTS = 'test-results';

function run(command, args, env = {}) {
  console.log(`\n$ ${command} ${args.join(' ')}`);
  return spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1;
}

function ensureChromium() {
  if (existsSync(CHROMIUM)) return;
  const root = process.getuid?.() === 0;
  console.log(`Chromium not found at ${CHROMIUM}: installing Debian's chromium package.`);
  const apt = (args) => (root ? run('apt-get', args) : run('sudo', ['apt-get', ...args]));
  apt(['update', '-qq']);
  apt(['install', '-y', '-qq', 'chromium']);
  if (!existsSync(CHROMIUM)) {
    console.error(`Chromium is still missing at ${CHROMIUM}. Install Debian's "chromium" package or set CHROMIUM_PATH.`);
    process.exit(1);
  }
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return null;
  }
}

rmSync(RESULTS, { recursive: true, force: true });
mkdirSync(RESULTS, { recursive: true });
ensureChromium();

let passed = 0;
let failed = 0;

const unitStatus = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${RESULTS}/unit.json`]);
const unit = readJson(`${RESULTS}/unit.json`);
if (unit) {
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
}
if (!unit || (unitStatus !== 0 && unit.numFailedTests === 0)) {
  console.error('vitest did not finish cleanly');
  failed += 1;
}

const buildStatus = run('npx', ['wxt', 'build']);
if (buildStatus !== 0) {
  console.error('the extension did not build: end-to-end tests not run');
  failed += 1;
} else {
  const e2eStatus = run('npx', ['playwright', 'test']);
  const e2e = readJson(`${RESULTS}/e2e.json`);
  if (e2e) {
    passed += e2e.stats.expected + e2e.stats.flaky;
    failed += e2e.stats.unexpected;
  }
  if (!e2e || (e2eStatus !== 0 && e2e.stats.unexpected === 0)) {
    console.error('Playwright did not finish cleanly');
    failed += 1;
  }
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
