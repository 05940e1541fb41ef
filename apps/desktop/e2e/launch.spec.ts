import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from '../test/cli-runner';
import { expect, test } from './support/fixtures';

// What `ps` shows every user of the computer must not open the provider's window: a second
// `siui-desktop start` gives the browser a 0600 page of the data directory, the real Chromium follows
// it into the application with its cookie, and the launch address inside is used up on the way.

test('a second start opens its window from a 0600 launch page, and that address works once', async ({
  page,
  browser,
  desktopApp,
}) => {
  const bin = fs.mkdtempSync(path.join(os.tmpdir(), 'siui-fake-chromium-'));
  const argvFile = path.join(bin, 'argv');
  fs.writeFileSync(
    path.join(bin, 'chromium'),
    `#!/bin/sh\nprintf '%s\\n' "$@" > "${argvFile}.tmp" && mv "${argvFile}.tmp" "${argvFile}"\n`,
    { mode: 0o755 },
  );
  try {
    const second = await runCli(['--data-dir', desktopApp.dataDir, 'start'], {
      PATH: `${bin}${path.delimiter}${process.env.PATH}`,
    });
    expect(second.code).toBe(0);
    expect(second.stdout).not.toContain('?k=');
    await expect.poll(() => fs.existsSync(argvFile)).toBe(true);
    const argv = fs.readFileSync(argvFile, 'utf8');
    expect(argv).not.toContain('?k=');
    const launchPage = /^--app=(file:\S+)$/m.exec(argv)?.[1] ?? '';
    const file = fileURLToPath(launchPage);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    const launchUrl = /url=(http:\/\/127\.0\.0\.1:\d+\/\?k=[\w-]+)/.exec(fs.readFileSync(file, 'utf8'))?.[1];
    expect(launchUrl).toBeTruthy();

    await page.goto(launchPage);
    await expect(page.getByTestId('status-bar')).toContainText('Deconectat');
    expect(page.url()).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(fs.existsSync(file)).toBe(false);

    const other = await browser.newPage();
    await other.goto(launchUrl ?? '');
    await expect(other.getByText('Această adresă de pornire a fost deja folosită')).toBeVisible();
    await expect(other.getByTestId('status-bar')).toHaveCount(0);
    await other.close();
  } finally {
    fs.rmSync(bin, { recursive: true, force: true });
  }
});
