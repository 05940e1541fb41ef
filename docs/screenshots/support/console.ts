import { expect, type Locator, type Page } from '@playwright/test';
import { DEMO_STAFF_PASSWORD } from './demo-scene';

// The staff console as the guide describes it: the login page, the left menu (the seed's tree,
// every folder open), Ant Design selects picked by typing.

/** Logs in on the console's login page as a demo staff member (Romanian interface). */
export async function logIn(page: Page, consoleUrl: string, username: string): Promise<void> {
  await page.goto(`${consoleUrl}/autentificare`);
  await page.getByLabel('Utilizator', { exact: true }).fill(username);
  await page.getByLabel('Parolă', { exact: true }).fill(DEMO_STAFF_PASSWORD);
  await page.getByRole('button', { name: 'Autentificare' }).click();
  await expect(page.getByTestId('header-user')).toBeVisible();
}

/** Opens a page from the left menu by its label (*Persoane juridice*, *Utilizatori* …). */
export async function openMenu(page: Page, label: string): Promise<void> {
  await page.getByRole('menu').first().getByRole('link', { name: label, exact: true }).click();
}

/** Fills a search box of a list's filters and presses Enter, as a person does. */
export async function search(page: Page, label: string, text: string): Promise<void> {
  const box = page.getByRole('searchbox', { name: label });
  await box.fill(text);
  await box.press('Enter');
}

/** Picks an option in an Ant Design select by typing part of its label. */
export async function chooseOption(page: Page, select: Locator, text: string): Promise<void> {
  await select.click();
  await page.keyboard.type(text);
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: text })
    .first()
    .click();
}
