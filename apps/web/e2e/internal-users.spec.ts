import { expect, test } from '@playwright/test';
import { expectNoA11yViolations } from './support/a11y';
import { chooseOption, logIn, menuLink, screenshot, sideMenu } from './support/console';
import { E2E_ADMIN } from './support/e2e-settings';

// One story, in order: CNAS creates a county operator, who then logs in and sees only their part.
test.describe.configure({ mode: 'serial' });

const operator = {
  username: `operator.alba.${Date.now().toString(36)}`,
  fullName: 'Ioana Țărănuș',
  password: 'Parola-Operator-1',
};

test('the CNAS administrator walks the menu', async ({ page }) => {
  await logIn(page, E2E_ADMIN.username, E2E_ADMIN.password);
  await expect(page.getByTestId('header-user')).toContainText(E2E_ADMIN.fullName);
  await expect(page.getByTestId('header-user')).toContainText('Casa Națională de Asigurări de Sănătate');
  await expect(page.getByRole('heading', { name: `Bun venit, ${E2E_ADMIN.fullName}!` })).toBeVisible();
  await expectNoA11yViolations(page, '10-admin-home');
  await screenshot(page, '10-admin-home');

  const menu = sideMenu(page);
  for (const folder of ['Configurări', 'Configurare de sistem', 'Securitate']) {
    await expect(menu.getByText(folder, { exact: true })).toBeVisible();
  }
  await expect(menu.getByText('Furnizori', { exact: true })).toBeVisible();
  await expect(menuLink(page, 'Persoane juridice')).toBeVisible();
  await expect(menuLink(page, 'Raportări')).toBeVisible();
  await expect(menu.getByText('Administrare OCSP', { exact: true })).toBeVisible();
  for (const label of ['Certificate utilizatori', 'Log OCSP', 'Autorități emitente']) {
    await expect(menuLink(page, label)).toBeVisible();
  }

  await menuLink(page, 'Roluri').click();
  await expect(page).toHaveURL(/\/configurari\/securitate\/roluri$/);
  await expect(page.getByRole('heading', { name: 'Roluri' })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'CJAS_OPERATOR' })).toBeVisible();
  await expectNoA11yViolations(page, '11-admin-roles');
  await screenshot(page, '11-admin-roles');

  await menuLink(page, 'Jurnal de audit').click();
  await expect(page.getByRole('heading', { name: 'Jurnal de audit' })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'auth.login' }).first()).toBeVisible();
  await page
    .getByRole('button', { name: /Expand row|Extinde/i })
    .last()
    .click();
  await expect(page.getByText('Înainte', { exact: true }).first()).toBeVisible();
  // CNAS sees whether the hash chains are intact, and can check now.
  await page.getByRole('button', { name: 'Verifică acum' }).click();
  await expect(page.getByText(/^Intact: \d+ .*verificat/).first()).toBeVisible();
  await expect(page.getByText('Jurnalul de audit', { exact: true })).toBeVisible();
  await expectNoA11yViolations(page, '12-admin-audit');
  await screenshot(page, '12-admin-audit');

  await menuLink(page, 'Utilizatori').click();
  await expect(page).toHaveURL(/\/configurari\/securitate\/utilizatori$/);
  await expect(page.getByRole('heading', { name: 'Utilizatori' })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'admin', exact: true })).toBeVisible();
  await expect(page.getByRole('navigation')).toContainText(
    'Configurări/Configurare de sistem/Securitate/Utilizatori',
  );
  await expectNoA11yViolations(page, '13-admin-users');
  await screenshot(page, '13-admin-users');
});

test('the CNAS administrator creates a county operator and opens its detail', async ({ page }) => {
  await logIn(page, E2E_ADMIN.username, E2E_ADMIN.password);
  await menuLink(page, 'Utilizatori').click();
  await page.getByRole('button', { name: 'Nou' }).click();

  const drawer = page.getByRole('dialog', { name: 'Utilizator intern nou' });
  await drawer.getByLabel('Nume de utilizator').fill(operator.username);
  await drawer.getByLabel('Nume complet').fill(operator.fullName);
  await drawer.getByLabel('Parolă', { exact: true }).fill(operator.password);
  await drawer.getByLabel('Confirmare parolă').fill('altceva-diferit');
  await chooseOption(page, drawer.getByLabel('Casa de asigurări'), 'CAS-AB');
  await chooseOption(page, drawer.getByLabel('Roluri'), 'Operator CJAS');
  await drawer.getByRole('button', { name: 'Salvează' }).click();
  await expect(drawer.getByText('Parolele nu coincid.')).toBeVisible();
  await expectNoA11yViolations(page, '14-create-user-form');
  await screenshot(page, '14-create-user-form');

  await drawer.getByLabel('Confirmare parolă').fill(operator.password);
  await drawer.getByRole('button', { name: 'Salvează' }).click();

  await expect(page).toHaveURL(/\/configurari\/securitate\/utilizatori\/[0-9a-f-]{36}$/);
  await expect(page.getByRole('heading', { name: operator.username })).toBeVisible();
  await expect(page.getByText('CAS-AB — Casa de Asigurări de Sănătate Alba')).toBeVisible();
  await expectNoA11yViolations(page, '15-user-detail');
  await screenshot(page, '15-user-detail');

  await page.getByRole('button', { name: 'Resetare parolă' }).click();
  const resetDialog = page.getByRole('dialog', { name: `Resetare parolă pentru ${operator.username}` });
  await expect(resetDialog).toContainText('Vechea parolă nu va mai funcționa.');
  await expectNoA11yViolations(page, '15b-reset-password');
  await screenshot(page, '15b-reset-password');
  await resetDialog.getByRole('button', { name: 'Renunță' }).click();
  await expect(resetDialog).toBeHidden();

  await page.getByRole('tab', { name: 'Roluri' }).click();
  await expect(page.getByRole('tabpanel')).toContainText('Operator CJAS (CJAS_OPERATOR)');
  await expectNoA11yViolations(page, '16-user-roles');
  await screenshot(page, '16-user-roles');

  await page.getByRole('tab', { name: 'Drepturi' }).click();
  const rights = page.getByRole('tabpanel');
  await expect(rights).toContainText('Vizualizare utilizatori');
  await expect(rights).toContainText('Generare / resetare cheie de activare');
  await expect(rights).not.toContainText('Administrare utilizatori interni');
  await expectNoA11yViolations(page, '17-user-rights');
  await screenshot(page, '17-user-rights');

  // The list finds the new user by free text.
  await page.getByRole('button', { name: 'Înapoi' }).click();
  await page.getByRole('searchbox', { name: 'Caută după utilizator sau nume' }).fill(operator.username);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('cell', { name: operator.username })).toBeVisible();
  await expect(page.getByRole('row', { name: new RegExp(operator.username) })).toContainText('Operator CJAS');

  await page.getByRole('button', { name: 'Ieșire' }).click();
  await expect(page).toHaveURL(/\/autentificare/);
});

test('the county operator sees only what its role allows', async ({ page }) => {
  await logIn(page, operator.username, operator.password);
  const header = page.getByTestId('header-user');
  await expect(header).toContainText(operator.fullName);
  await expect(header).toContainText('Casa de Asigurări de Sănătate Alba');
  await expect(page.getByRole('heading', { name: `Bun venit, ${operator.fullName}!` })).toBeVisible();
  await expectNoA11yViolations(page, '20-operator-home');
  await screenshot(page, '20-operator-home');

  await expect(menuLink(page, 'Acasă')).toBeVisible();
  await expect(menuLink(page, 'Utilizatori')).toBeVisible();
  await expect(menuLink(page, 'Roluri')).toHaveCount(0);
  await expect(menuLink(page, 'Jurnal de audit')).toHaveCount(0);

  await menuLink(page, 'Utilizatori').click();
  await expect(page.getByRole('cell', { name: operator.username })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'admin', exact: true })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Nou' })).toHaveCount(0);
  await expect(page.getByLabel('Casa de asigurări')).toHaveCount(0);
  await expectNoA11yViolations(page, '21-operator-users');
  await screenshot(page, '21-operator-users');

  await page.goto('/configurari/securitate/roluri');
  await expect(page.getByText('Nu aveți dreptul să deschideți această pagină.')).toBeVisible();
  await expectNoA11yViolations(page, '22-operator-forbidden');
  await screenshot(page, '22-operator-forbidden');
});

test('the console switches to English and back', async ({ page }) => {
  await logIn(page, operator.username, operator.password);
  await page.getByText('EN', { exact: true }).click();
  await expect(page.getByRole('button', { name: 'Log out' })).toBeVisible();
  await expect(menuLink(page, 'Users')).toBeVisible();
  await expect(page.getByRole('heading', { name: `Welcome, ${operator.fullName}!` })).toBeVisible();
  await menuLink(page, 'Users').click();
  await expect(page.getByRole('columnheader', { name: 'Full name' })).toBeVisible();
  await expectNoA11yViolations(page, '23-operator-users-english');
  await screenshot(page, '23-operator-users-english');

  await page.reload();
  await expect(page.getByRole('button', { name: 'Log out' })).toBeVisible();
  await page.getByText('RO', { exact: true }).click();
  await expect(page.getByRole('button', { name: 'Ieșire' })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'Nume complet' })).toBeVisible();
});
