import { describe, expect, it } from 'vitest';
import { resolveDataDir } from './data-dir';
import { resolveLanguage } from './language';

describe('resolveDataDir', () => {
  it('prefers the option, then SIUI_DESKTOP_DATA_DIR', () => {
    expect(resolveDataDir('/tmp/a', { SIUI_DESKTOP_DATA_DIR: '/tmp/b' })).toBe('/tmp/a');
    expect(resolveDataDir(undefined, { SIUI_DESKTOP_DATA_DIR: '/tmp/b' })).toBe('/tmp/b');
  });

  it('uses the per-user data folder of each operating system', () => {
    expect(resolveDataDir(undefined, {}, 'linux', '/home/ana')).toBe('/home/ana/.local/share/siui-desktop');
    expect(resolveDataDir(undefined, { XDG_DATA_HOME: '/data' }, 'linux', '/home/ana')).toBe(
      '/data/siui-desktop',
    );
    expect(resolveDataDir(undefined, {}, 'darwin', '/Users/ana')).toBe(
      '/Users/ana/Library/Application Support/SIUI Desktop',
    );
    expect(
      resolveDataDir(undefined, { APPDATA: 'C:\\Users\\ana\\AppData\\Roaming' }, 'win32', 'C:\\Users\\ana'),
    ).toBe('C:\\Users\\ana\\AppData\\Roaming\\SIUI Desktop');
  });
});

describe('resolveLanguage', () => {
  it('speaks Romanian unless English is asked for', () => {
    expect(resolveLanguage(undefined, {})).toBe('ro');
    expect(resolveLanguage(undefined, { LANG: 'ro_RO.UTF-8' })).toBe('ro');
    expect(resolveLanguage(undefined, { LANG: 'en_US.UTF-8' })).toBe('en');
    expect(resolveLanguage(undefined, { LANG: 'en_US.UTF-8', LC_ALL: 'ro_RO.UTF-8' })).toBe('ro');
    expect(resolveLanguage('en', { LANG: 'ro_RO.UTF-8' })).toBe('en');
    expect(resolveLanguage('ro', { LANG: 'en_US.UTF-8' })).toBe('ro');
  });
});
