import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

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
 * program) when Chromium is installed, else the default browser. Returns false when neither could
 * be started, so the caller prints the address instead.
 */
export function openAppWindow(url: string): boolean {
  const chromium = findOnPath(CHROMIUM_NAMES);
  if (chromium) return launch(chromium, [`--app=${url}`, '--window-size=1280,860']);
  if (process.platform === 'darwin') return launch('open', [url]);
  // `start`'s first quoted argument is a window title: an empty one, so the URL is not taken for it.
  if (process.platform === 'win32') return launch('cmd', ['/c', 'start', '', url]);
  const opener = findOnPath(['xdg-open']);
  return opener ? launch(opener, [url]) : false;
}

function launch(command: string, args: string[]): boolean {
  try {
    const child = spawn(command, args, { detached: true, stdio: 'ignore' });
    child.on('error', () => undefined);
    child.unref();
    return true;
  } catch {
    return false;
  }
}
