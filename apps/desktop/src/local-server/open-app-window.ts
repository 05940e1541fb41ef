import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { writeLaunchFile } from './launch-file';

const CHROMIUM_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

/** The first of `names` found on the PATH. */
export function findOnPath(
  names: readonly string[],
  env: NodeJS.ProcessEnv = process.env,
): string | undefined {
  const extensions = process.platform === 'win32' ? ['.exe', '.cmd', ''] : [''];
  for (const directory of (env.PATH ?? '').split(path.delimiter).filter(Boolean)) {
    for (const name of names) {
      for (const extension of extensions) {
        const candidate = path.join(directory, name + extension);
        try {
          fs.accessSync(candidate, fs.constants.X_OK);
          return candidate;
        } catch {
          // not here
        }
      }
    }
  }
  return undefined;
}

/**
 * Opens the application window: a Chromium app window (no tabs or address bar, like a desktop
 * program) when Chromium is installed, else the default browser. The browser is given the 0600
 * launch page of `dataDir`, never `launchUrl` itself: its command line is anyone's to read.
 * Returns false when neither could be started, so the caller prints the address instead.
 */
export function openAppWindow(
  launchUrl: string,
  dataDir: string,
  env: NodeJS.ProcessEnv = process.env,
): boolean {
  const page = writeLaunchFile(dataDir, launchUrl);
  const chromium = findOnPath(CHROMIUM_NAMES, env);
  if (chromium) return launch(chromium, [`--app=${page}`, '--window-size=1280,860'], env);
  if (process.platform === 'darwin') return launch('open', [page], env);
  // `start`'s first quoted argument is a window title: an empty one, so the page is not taken for it.
  if (process.platform === 'win32') return launch('cmd', ['/c', 'start', '', page], env);
  const opener = findOnPath(['xdg-open'], env);
  return opener ? launch(opener, [page], env) : false;
}

function launch(command: string, args: string[], env: NodeJS.ProcessEnv): boolean {
  try {
    const child = spawn(command, args, { detached: true, stdio: 'ignore', env });
    child.on('error', () => undefined);
    child.unref();
    return true;
  } catch {
    return false;
  }
}
