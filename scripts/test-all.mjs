#!/usr/bin/env node
// `npm test`: everything CI runs, in order — type checks, lint, unit/transcript/lesson tests (vitest),
// the production build, Chromium end-to-end tests — ending with one plain `N passed, N failed` line.
// Installs Debian's chromium when it is missing and we are root (as on CI machines).
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const run = (cmd, args, opts = {}) => {
  console.log(`\n$ ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', ...opts });
  return r.status ?? 1;
};

let passed = 0;
let failed = 0;
const stage = (name, code) => {
  if (code !== 0) {
    console.error(`\n✗ ${name} failed (exit ${code})`);
    failed++;
  }
};

stage('typecheck', run('npm', ['run', '-s', 'typecheck']));
stage('lint', run('npm', ['run', '-s', 'lint']));

const report = 'test-results/vitest.json';
rmSync(report, { force: true });
const unit = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`]);
if (existsSync(report)) {
  const j = JSON.parse(readFileSync(report, 'utf8'));
  passed += j.numPassedTests;
  failed += j.numFailedTests;
  if (unit !== 0 && j.numFailedTests === 0) stage('vitest', unit);
} else stage('vitest', unit || 1);

const build = run('npm', ['run', '-s', 'build']);
stage('build', build);

if (build === 0) {
  if (!existsSync('/usr/bin/chromium')) {
    if (process.getuid?.() === 0) {
      run('apt-get', ['update', '-qq']);
      run('apt-get', ['install', '-y', '-qq', 'chromium'], { env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    } else {
      console.error('Chromium is missing: install Debian\'s chromium (sudo apt-get install -y chromium) for the end-to-end tests.');
    }
  }
  const e2eReport = 'test-results/e2e.json';
  rmSync(e2eReport, { force: true });
  const e2e = run('node', ['test/e2e/run.mjs', `--report=${e2eReport}`]);
  if (existsSync(e2eReport)) {
    const j = JSON.parse(readFileSync(e2eReport, 'utf8'));
    passed += j.passed;
    failed += j.failed;
    if (e2e !== 0 && j.failed === 0) stage('e2e', e2e);
  } else stage('e2e', e2e || 1);
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
