import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Saves a named screenshot under test-results/screenshots/ (looked at by a person): the full page,
 * or only the window for a modal dialog (whose mask covers only the window).
 */
export async function screenshot(
  page: Page,
  name: string,
  options: { fullPage?: boolean } = {},
): Promise<void> {
  await page.screenshot({
    path: `test-results/screenshots/${name}.png`,
    fullPage: options.fullPage ?? true,
    animations: 'disabled',
  });
}

/** Waits until the short confirmations (*Modificările au fost salvate.*) have gone, before a screenshot. */
export async function messagesGone(page: Page): Promise<void> {
  await expect(page.locator('.ant-message-notice')).toHaveCount(0, { timeout: 10_000 });
}

export function loginForm(page: Page) {
  return {
    username: page.getByLabel('Utilizator', { exact: true }),
    password: page.getByLabel('Parolă', { exact: true }),
    submit: page.getByRole('button', { name: 'Autentificare' }),
  };
}

/** Logs in from the login page (Romanian interface) and waits for the console's header. */
export async function logIn(page: Page, username: string, password: string): Promise<void> {
  await page.goto('/autentificare');
  const form = loginForm(page);
  await form.username.fill(username);
  await form.password.fill(password);
  await form.submit.click();
  await expect(page.getByTestId('header-user')).toBeVisible();
}

export function sideMenu(page: Page): Locator {
  return page.getByRole('menu').first();
}

/** A leaf page entry of the left menu, by its label. */
export function menuLink(page: Page, label: string): Locator {
  return sideMenu(page).getByRole('link', { name: label, exact: true });
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
