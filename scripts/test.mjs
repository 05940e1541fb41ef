#!/usr/bin/env node
// `npm test`: every tier, as CI runs it — unit tests, database tests on PGlite and on the real
// PostgreSQL, then the browser tests against the built console and desktop UI — and one summary line.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const vitestJson = path.join(root, '.vitest-results/results.json');
const playwrightJson = path.join(root, 'test-results/playwright.json');
const extraArgs = process.argv.slice(2);

function run(command, args, env = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status ?? 1;
}

for (const file of [vitestJson, playwrightJson]) fs.rmSync(file, { force: true });

const vitestStatus = run('npx', ['vitest', 'run', ...extraArgs]);
let playwrightStatus = 0;
if (!process.env.SIUI_SKIP_E2E) {
  playwrightStatus = run('node', ['scripts/build-if-stale.mjs', 'web', 'desktop']);
  if (playwrightStatus === 0) playwrightStatus = run('npx', ['playwright', 'test']);
}

const vitest = readVitest();
const playwright = readPlaywright();
const passed = vitest.passed + playwright.passed;
const failed = vitest.failed + playwright.failed;
const skipped = vitest.skipped + playwright.skipped;
process.stdout.write(
  `\nvitest: ${vitest.passed} passed, ${vitest.failed} failed; ` +
    `playwright: ${playwright.passed} passed, ${playwright.failed} failed\n` +
    `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}\n`,
);
const ok = vitestStatus === 0 && playwrightStatus === 0 && failed === 0 && passed > 0;
process.exit(ok ? 0 : 1);

function readVitest() {
  if (!fs.existsSync(vitestJson)) return { passed: 0, failed: 1, skipped: 0 };
  const report = JSON.parse(fs.readFileSync(vitestJson, 'utf8'));
  return {
    passed: report.numPassedTests ?? 0,
    failed: (report.numFailedTests ?? 0) + (report.numFailedTestSuites ?? 0),
    skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
  };
}

function readPlaywright() {
  if (process.env.SIUI_SKIP_E2E) return { passed: 0, failed: 0, skipped: 0 };
  if (!fs.existsSync(playwrightJson)) return { passed: 0, failed: 1, skipped: 0 };
  const stats = JSON.parse(fs.readFileSync(playwrightJson, 'utf8')).stats ?? {};
  return {
    passed: (stats.expected ?? 0) + (stats.flaky ?? 0),
    failed: stats.unexpected ?? 0,
    skipped: stats.skipped ?? 0,
  };
}
