import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { expect, type Locator, type Page } from '@playwright/test';
import { REPOSITORY_ROOT } from './demo-scene';

// Where the guide's pictures go: `npm run docs:screenshots` (SIUI_DOCS_SCREENSHOTS=1) writes them
// to docs/img/ under the names the guides use; a plain `npx playwright test` walks the same flows
// and writes them to test-results/docs/, leaving the repository as it was.

export const FIGURES_DIR = process.env.SIUI_DOCS_SCREENSHOTS
  ? path.join(REPOSITORY_ROOT, 'docs/img')
  : path.join(REPOSITORY_ROOT, 'test-results/docs');

export function figurePath(name: string): string {
  fs.mkdirSync(FIGURES_DIR, { recursive: true });
  return path.join(FIGURES_DIR, `${name}.png`);
}

/** Waits until nothing moves or covers the screen: notices gone, no spinner, pointer parked. */
export async function settled(page: Page): Promise<void> {
  await expect(page.locator('.ant-message-notice')).toHaveCount(0, { timeout: 10_000 });
  await expect(page.locator('.ant-notification-notice')).toHaveCount(0, { timeout: 10_000 });
  await expect(page.locator('.ant-spin-spinning')).toHaveCount(0, { timeout: 10_000 });
  await page.mouse.move(0, 0);
  // A hover effect left by the pointer fades out; the screenshot itself fast-forwards animations.
  await page.waitForTimeout(150);
}

/**
 * A figure of the guide: the window as the person sees it (`fullPage` for a long page), or only
 * one element (`clip`).
 */
export async function figure(
  page: Page,
  name: string,
  options: { fullPage?: boolean; element?: Locator } = {},
): Promise<void> {
  await settled(page);
  const file = figurePath(name);
  if (options.element) {
    await options.element.screenshot({ path: file, animations: 'disabled' });
  } else {
    await page.screenshot({ path: file, fullPage: options.fullPage ?? false, animations: 'disabled' });
  }
}

/** A PDF's first page as the figure `name` (what the person sees when they open the file). */
export function pdfFigure(pdfFile: string, name: string): Promise<void> {
  const output = figurePath(name).replace(/\.png$/, '');
  return new Promise((resolve, reject) => {
    execFile('pdftoppm', ['-png', '-r', '80', '-singlefile', pdfFile, output], (error, _out, stderr) =>
      error ? reject(new Error(`pdftoppm: ${error.message}\n${stderr}`)) : resolve(),
    );
  });
}
