import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { removeSecretFile, writeSecretFile } from '../storage/secret-files';

const LAUNCH_FILE = 'launch.html';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

/**
 * A browser's command line is readable by every user of the computer (`ps`), so the launch URL is
 * never put there: the window opens this 0600 page instead, which moves on to the launch URL. A meta
 * refresh, not a script: the page needs nothing else and forbids everything else.
 * Returns the page's `file://` address.
 */
export function writeLaunchFile(dataDir: string, launchUrl: string): string {
  const file = path.join(dataDir, LAUNCH_FILE);
  const url = escapeHtml(launchUrl);
  writeSecretFile(
    file,
    [
      '<!doctype html>',
      '<meta charset="utf-8">',
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'">`,
      '<meta name="referrer" content="no-referrer">',
      `<meta http-equiv="refresh" content="0;url=${url}">`,
      '<title>SIUI Desktop</title>',
      `<p><a href="${url}">SIUI Desktop</a></p>`,
      '',
    ].join('\n'),
  );
  return pathToFileURL(file).href;
}

/**
 * Called once `secret` was exchanged: its page is no longer needed. A page holding another (newer)
 * secret stays for the window still reading it.
 */
export function forgetLaunchFile(dataDir: string, secret: string): void {
  const file = path.join(dataDir, LAUNCH_FILE);
  try {
    if (fs.readFileSync(file, 'utf8').includes(`?k=${secret}`)) removeSecretFile(file);
  } catch {
    // no page (a launch from a printed address), or already gone
  }
}
