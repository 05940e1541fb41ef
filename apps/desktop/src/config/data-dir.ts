import os from 'node:os';
import path from 'node:path';

/**
 * Where the desktop keeps its database and secrets: `--data-dir`, else SIUI_DESKTOP_DATA_DIR, else
 * the operating system's per-user application data folder.
 */
export function resolveDataDir(
  option: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = os.homedir(),
): string {
  if (option) return path.resolve(option);
  if (env.SIUI_DESKTOP_DATA_DIR) return path.resolve(env.SIUI_DESKTOP_DATA_DIR);
  if (platform === 'win32') {
    return path.win32.join(env.APPDATA ?? path.win32.join(home, 'AppData', 'Roaming'), 'SIUI Desktop');
  }
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', 'SIUI Desktop');
  return path.join(env.XDG_DATA_HOME || path.join(home, '.local', 'share'), 'siui-desktop');
}

export const DEFAULT_SERVER_URL = 'http://127.0.0.1:8080';
