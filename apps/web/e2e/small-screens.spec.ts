import { expect, type Page, test } from '@playwright/test';
import { logIn, menuLink } from './support/console';
import { E2E_ADMIN } from './support/e2e-settings';
import { tabTo } from './support/keyboard';

// WCAG 1.4.10 (reflow) and the "1280×720 without horizontal scrolling": the page itself
// never scrolls sideways; a wide table scrolls inside its own box. 200 % zoom of a 1280×720 window
// lays the page out in 640×360 CSS pixels, which is what the second viewport is.

const LISTS = [
  ['Acasă', '/'],
  ['Persoane juridice', '/furnizori/persoane-juridice'],
  ['Raportări', '/furnizori/raportari'],
  ['Utilizatori', '/configurari/securitate/utilizatori'],
  ['Roluri', '/configurari/securitate/roluri'],
  ['Certificate utilizatori', '/configurari/administrare-ocsp/certificate-utilizatori'],
  ['Log OCSP', '/configurari/administrare-ocsp/log-ocsp'],
  ['Autorități emitente', '/configurari/administrare-ocsp/autoritati-emitente'],
  ['Jurnal audit', '/jurnal-audit'],
] as const;

async function pageOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

for (const viewport of [
  { width: 1280, height: 720, name: '1280×720' },
  { width: 640, height: 360, name: '200 % zoom (640×360)' },
]) {
  test(`no list page scrolls sideways at ${viewport.name}`, async ({ page }) => {
    await page.setViewportSize({ width: viewport.width, height: viewport.height });
    await logIn(page, E2E_ADMIN.username, E2E_ADMIN.password);
    const wide: string[] = [];
    for (const [name, path] of LISTS) {
      await page.goto(path);
      await expect(page.getByRole('main')).toBeVisible();
      await expect(page.locator('.ant-spin-spinning')).toHaveCount(0);
      const overflow = await pageOverflow(page);
      if (overflow > 0) wide.push(`${name} (${path}): ${overflow} px too wide`);
    }
    expect(wide).toEqual([]);
  });
}

test('at 200 % zoom the folded menu opens from a named button, by keyboard', async ({ page }) => {
  await page.setViewportSize({ width: 640, height: 360 });
  await logIn(page, E2E_ADMIN.username, E2E_ADMIN.password);
  const link = menuLink(page, 'Persoane juridice');
  await expect(link).not.toBeInViewport(); // folded away, and out of Tab's reach
  const opener = page.getByRole('button', { name: 'Meniu' });
  await expect(opener).toHaveAttribute('aria-expanded', 'false');
  await tabTo(page, opener);
  await page.keyboard.press('Enter');
  await expect(opener).toHaveAttribute('aria-expanded', 'true');
  await tabTo(page, link, { backwards: true }); // the opener comes after the menu in the page
  await expect(link).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/furnizori\/persoane-juridice$/);
});
