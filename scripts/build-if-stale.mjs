#!/usr/bin/env node
// Builds a browser UI when its sources, or the shared core it imports, are newer than its last
// build: `node scripts/build-if-stale.mjs web` (the staff console, apps/web → apps/web/dist) or
// `desktop` (the provider application, apps/desktop/ui → apps/desktop/dist-ui). `--force` always
// builds. `npm start`, `npm run desktop` and the browser tests call this first.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const root = path.resolve(import.meta.dirname, '..');

const TARGETS = {
  web: {
    label: 'consola web / the web console',
    workspace: '@siui/web',
    built: 'apps/web/dist/index.html',
    sources: ['apps/web/src', 'apps/web/index.html', 'apps/web/vite.config.ts', 'packages/core/src'],
  },
  desktop: {
    label: 'interfața aplicației desktop / the desktop UI',
    workspace: '@siui/desktop',
    built: 'apps/desktop/dist-ui/index.html',
    sources: ['apps/desktop/ui', 'apps/desktop/vite.config.ts', 'packages/core/src'],
  },
};

function newestMtime(entry) {
  const full = path.join(root, entry);
  if (!fs.existsSync(full)) return 0;
  const stat = fs.statSync(full);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const child of fs.readdirSync(full)) newest = Math.max(newest, newestMtime(path.join(entry, child)));
  return newest;
}

export function buildIfStale(name, { force = false } = {}) {
  const target = TARGETS[name];
  if (!target) throw new Error(`unknown target "${name}" (${Object.keys(TARGETS).join(', ')})`);
  const built = path.join(root, target.built);
  const builtAt = fs.existsSync(built) ? fs.statSync(built).mtimeMs : 0;
  const changedAt = Math.max(...target.sources.map(newestMtime));
  if (builtAt >= changedAt && !force) return false;
  process.stdout.write(`Se construiește ${target.label}…\n`);
  execFileSync('npm', ['run', 'build', '-w', target.workspace, '--silent'], { cwd: root, stdio: 'inherit' });
  return true;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const names = process.argv.slice(2).filter((argument) => !argument.startsWith('--'));
  for (const name of names.length > 0 ? names : ['web']) {
    buildIfStale(name, { force: process.argv.includes('--force') });
  }
}
