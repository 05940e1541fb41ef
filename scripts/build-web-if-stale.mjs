#!/usr/bin/env node
// Builds the staff console (apps/web → apps/web/dist) when its sources, or the shared core it
// imports, are newer than the last build. `npm start` and the browser tests call this first.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const built = path.join(root, 'apps/web/dist/index.html');
const sources = ['apps/web/src', 'apps/web/index.html', 'apps/web/vite.config.ts', 'packages/core/src'];

function newestMtime(entry) {
  const full = path.join(root, entry);
  if (!fs.existsSync(full)) return 0;
  const stat = fs.statSync(full);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const child of fs.readdirSync(full)) newest = Math.max(newest, newestMtime(path.join(entry, child)));
  return newest;
}

const builtAt = fs.existsSync(built) ? fs.statSync(built).mtimeMs : 0;
const changedAt = Math.max(...sources.map(newestMtime));
if (builtAt >= changedAt && !process.argv.includes('--force')) {
  process.exit(0);
}
process.stdout.write('Se construiește consola web… / building the web console…\n');
execFileSync('npm', ['run', 'build', '-w', '@siui/web', '--silent'], { cwd: root, stdio: 'inherit' });
