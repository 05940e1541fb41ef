import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { type SiuiWorld, startSiuiWorld } from '../../test/desktop-world';
import { type DesktopApp, startDesktopApp } from './desktop-app';

const REPOSITORY_ROOT = path.resolve(import.meta.dirname, '../../../..');

/**
 * `siui`: one real SIUI server per worker (with a trusted issuing authority); `desktopApp`: a
 * fresh desktop per test, started as `npm run desktop` starts it.
 */
export const test = base.extend<{ desktopApp: DesktopApp }, { siui: SiuiWorld }>({
  siui: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's dependencies from this pattern.
    async ({}, use) => {
      // Built once here, so that the desktops started by the tests find the UI up to date.
      execFileSync(process.execPath, ['scripts/build-if-stale.mjs', 'desktop'], {
        cwd: REPOSITORY_ROOT,
        stdio: 'inherit',
      });
      const world = await startSiuiWorld();
      await use(world);
      await world.dispose();
    },
    { scope: 'worker', timeout: 180_000 },
  ],
  desktopApp: async ({ siui }, use) => {
    const app = await startDesktopApp(siui.server.url);
    await use(app);
    await app.stop();
  },
});

export { expect };

/** Saves a named screenshot of the window under test-results/screenshots/ (looked at by a person). */
export async function screenshot(page: Page, name: string): Promise<void> {
  // Passing notices ("Certificatul a fost importat.") are not part of the figure.
  await expect(page.locator('.ant-message-notice')).toHaveCount(0, { timeout: 10_000 });
  await page.mouse.move(0, 0);
  await page.screenshot({ path: `test-results/screenshots/${name}.png`, animations: 'disabled' });
}

/** Opens a page from the menu bar; *Activare* and *Certificat digital* sit under *Administrare*. */
export async function openFromMenu(page: Page, ...labels: string[]): Promise<void> {
  for (const label of labels.slice(0, -1))
    await page.getByRole('menuitem', { name: label, exact: true }).hover();
  const last = labels[labels.length - 1] ?? '';
  await page.getByRole('menuitem', { name: last, exact: true }).click();
}

/** Picks an option in an Ant Design select by typing part of its label. */
export async function chooseOption(
  page: Page,
  select: ReturnType<Page['getByTestId']>,
  text: string,
): Promise<void> {
  await select.click();
  await page.keyboard.type(text);
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: text })
    .first()
    .click();
}

/** What has the keyboard focus, in words (for a failure message): tag, role, name and text. */
export function describeFocus(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element) return 'nothing';
    const name = element.getAttribute('aria-label') ?? element.textContent?.trim().slice(0, 40) ?? '';
    return `<${element.tagName.toLowerCase()} role=${element.getAttribute('role') ?? ''} id=${element.id}> ${name}`;
  });
}

/** Whether `target` has the focus now (false, without waiting, while it is not on the page). */
export async function isFocused(target: ReturnType<Page['locator']>): Promise<boolean> {
  return (
    (await target.count()) === 1 &&
    (await target.evaluate((element) => element === document.activeElement, undefined, { timeout: 1000 }))
  );
}

/**
 * Presses Tab (Shift+Tab with `back`) until `target` has the focus, as a keyboard user moves on
 * through the window; fails after `limit` presses, naming where the focus went instead.
 */
export async function tabTo(
  page: Page,
  target: ReturnType<Page['locator']>,
  options: { back?: boolean; limit?: number } = {},
): Promise<void> {
  const key = options.back ? 'Shift+Tab' : 'Tab';
  const focused = () => isFocused(target);
  const seen: string[] = [];
  for (let press = 0; press < (options.limit ?? 40); press += 1) {
    if (await focused()) return;
    await page.keyboard.press(key);
    seen.push(await describeFocus(page));
  }
  if (await focused()) return;
  throw new Error(`${key} never reached ${String(target)}; the focus went:\n${seen.join('\n')}`);
}
