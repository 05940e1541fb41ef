import { expect, test } from '@playwright/test';
import { expectNoA11yViolations } from './support/a11y';
import { logIn, loginForm, menuLink, screenshot } from './support/console';
import { E2E_ADMIN } from './support/e2e-settings';

test.describe('login page', () => {
  test('shows the server’s Romanian message for a wrong password', async ({ page }) => {
    await page.goto('/');
    await expect(page).toHaveURL(/\/autentificare$/);
    await expect(page.getByRole('heading', { name: 'SIUI 2.0' })).toBeVisible();
    await expectNoA11yViolations(page, '01-login');
    await screenshot(page, '01-login');

    const form = loginForm(page);
    await form.username.fill(E2E_ADMIN.username);
    await form.password.fill('parola-gresita');
    await form.submit.click();
    await expect(page.getByRole('alert')).toContainText('Utilizator sau parolă incorectă.');
    await expectNoA11yViolations(page, '02-login-wrong-password');
    await screenshot(page, '02-login-wrong-password');
  });

  test('asks for the user name and password before calling the server', async ({ page }) => {
    await page.goto('/autentificare');
    await loginForm(page).submit.click();
    await expect(page.getByText('Introduceți numele de utilizator.')).toBeVisible();
    await expect(page.getByText('Introduceți parola.')).toBeVisible();
    await expectNoA11yViolations(page, 'login-empty-fields');
  });

  test('speaks English when asked, and remembers it', async ({ page }) => {
    await page.goto('/autentificare');
    await page.getByText('EN', { exact: true }).click();
    await expect(page.getByRole('button', { name: 'Log in' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en'); // screen readers speak English
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByLabel('User name')).toBeVisible();
    await expectNoA11yViolations(page, '03-login-english');
    await screenshot(page, '03-login-english');
    await page.getByText('RO', { exact: true }).click();
    await expect(page.getByRole('button', { name: 'Autentificare' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'ro');
  });
});

test('the first Tab of a console page reaches “Sari la conținut”, and Enter lands in the page itself', async ({
  page,
}) => {
  await logIn(page, E2E_ADMIN.username, E2E_ADMIN.password);
  await page.goto('/configurari/securitate/roluri');
  await expect(page.getByRole('heading', { name: 'Roluri' })).toBeVisible();
  const skip = page.getByRole('link', { name: 'Sari la conținut' });
  await expect(skip).not.toBeInViewport(); // out of sight for mouse users

  await page.keyboard.press('Tab');
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await expectNoA11yViolations(page, 'skip-link-focused');
  await screenshot(page, '05-skip-link', { fullPage: false });

  await page.keyboard.press('Enter');
  const main = page.getByRole('main');
  await expect(main).toBeFocused();
  await expect(page).toHaveURL(/\/configurari\/securitate\/roluri$/); // no #continut in the address
  // The next Tab goes on inside the page (its first control), not back to the header.
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('header-user')).not.toBeFocused();
  expect(await main.evaluate((element) => element.contains(document.activeElement))).toBe(true);
});

test('after five wrong passwords the server asks to wait, and the form says how long', async ({ page }) => {
  await page.goto('/autentificare');
  const form = loginForm(page);
  await form.username.fill('nimeni.e2e');
  for (let attempt = 1; attempt <= 5; attempt++) {
    await form.password.fill(`gresit-${attempt}`);
    await form.submit.click();
    await expect(page.getByRole('alert')).toContainText('Utilizator sau parolă incorectă.');
  }
  await form.password.fill('gresit-6');
  await form.submit.click();
  await expect(page.getByRole('alert')).toContainText('Prea multe încercări.');
  await expect(page.getByRole('alert')).toContainText(/Puteți încerca din nou peste \d+:\d\d\./);
  await expect(form.submit).toBeDisabled();
  await expectNoA11yViolations(page, '04-login-too-many-attempts');
  await screenshot(page, '04-login-too-many-attempts');
});

test('a session that ends sends the console back to the login page, which then returns', async ({
  page,
  context,
}) => {
  await logIn(page, E2E_ADMIN.username, E2E_ADMIN.password);
  await context.clearCookies(); // as if the session had expired on the server
  await menuLink(page, 'Roluri').click(); // the roles call answers 401
  await expect(page).toHaveURL(/\/autentificare$/);
  const form = loginForm(page);
  await form.username.fill(E2E_ADMIN.username);
  await form.password.fill(E2E_ADMIN.password);
  await form.submit.click();
  await expect(page).toHaveURL(/\/configurari\/securitate\/roluri$/);
  await expect(page.getByRole('heading', { name: 'Roluri' })).toBeVisible();
});
