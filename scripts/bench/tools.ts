/** The programs the benchmark drives: wrk (installed from Debian when missing and root), openssl, pdftotext. */
import { execFileSync } from 'node:child_process';
import { log } from './support';

function has(command: string): boolean {
  try {
    execFileSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export function ensureTools(): void {
  const missing = [
    ['wrk', 'wrk'],
    ['openssl', 'openssl'],
    ['pdftotext', 'poppler-utils'],
  ].filter(([command]) => !has(command as string));
  if (missing.length === 0) return;
  const packages = missing.map(([, pkg]) => pkg as string);
  if (process.getuid?.() !== 0) {
    throw new Error(`missing ${packages.join(', ')}: apt-get install -y ${packages.join(' ')}`);
  }
  log(`installing ${packages.join(', ')} from Debian`);
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
  execFileSync('apt-get', ['install', '-y', '-qq', ...packages], {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
}
