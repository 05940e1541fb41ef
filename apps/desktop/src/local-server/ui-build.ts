import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const REPOSITORY_ROOT = path.resolve(import.meta.dirname, '../../../..');
const BUILD_SCRIPT = path.join(REPOSITORY_ROOT, 'scripts/build-if-stale.mjs');

/**
 * In the repository, rebuilds the UI (ui/ → dist-ui/) when its sources changed since the last
 * build, with the script `npm start` uses for the staff console. An installed copy has no sources
 * and no script: it serves what it shipped with.
 */
export function buildUiIfStale(): void {
  if (!fs.existsSync(BUILD_SCRIPT)) return;
  execFileSync(process.execPath, [BUILD_SCRIPT, 'desktop'], { cwd: REPOSITORY_ROOT, stdio: 'inherit' });
}
