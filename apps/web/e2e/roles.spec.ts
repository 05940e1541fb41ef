import { expect, test } from '@playwright/test';
import { expectNoA11yViolations } from './support/a11y';
import { logIn, menuLink, screenshot } from './support/console';
import { E2E_ADMIN } from './support/e2e-settings';

test('CNAS defines a custom role, changes it and deletes it', async ({ page }) => {
  const code = `AUDITOR_${Date.now().toString(36).toUpperCase()}`;
  await logIn(page, E2E_ADMIN.username, E2E_ADMIN.password);
  await menuLink(page, 'Roluri').click();
  // A screen reader names the list by its caption, the same word as the page's heading.
  await expect(page.getByRole('table', { name: 'Roluri' })).toBeVisible();

  await page.getByRole('button', { name: 'Nou' }).click();
  const drawer = page.getByRole('dialog', { name: 'Rol nou' });
  await drawer.getByLabel('Cod').fill(code);
  await drawer.getByLabel('Denumire', { exact: true }).fill('Auditor județean');
  await drawer.getByLabel('Denumire (engleză)').fill('County auditor');
  await drawer.getByRole('button', { name: 'Salvează' }).click();
  await expect(drawer.getByText('Alegeți cel puțin un drept.')).toBeVisible();
  await drawer.getByRole('checkbox', { name: 'Vizualizare jurnal de audit' }).check();
  await drawer.getByRole('checkbox', { name: 'Vizualizare utilizatori' }).check();
  await expectNoA11yViolations(page, '30-role-form');
  await screenshot(page, '30-role-form');
  await drawer.getByRole('button', { name: 'Salvează' }).click();

  const row = page.getByRole('row', { name: new RegExp(code) });
  await expect(row).toContainText('Auditor județean');
  await expect(row).toContainText('2 drepturi');
  await expect(row).toContainText('Rol definit');

  await row.getByRole('button', { name: 'Modifică' }).click();
  const editDrawer = page.getByRole('dialog', { name: `Modificare rol ${code}` });
  await expect(editDrawer.getByLabel('Cod')).toBeDisabled();
  await editDrawer.getByRole('checkbox', { name: 'Vizualizare Log OCSP' }).check();
  await editDrawer.getByRole('button', { name: 'Salvează' }).click();
  await expect(row).toContainText('3 drepturi');

  await row.getByRole('button', { name: /Extinde|Expand/i }).click();
  await expect(page.getByText('Vizualizare Log OCSP', { exact: true })).toBeVisible();
  await expectNoA11yViolations(page, '31-roles-with-custom-role');
  await screenshot(page, '31-roles-with-custom-role');

  await row.getByRole('button', { name: 'Șterge' }).click();
  await expectNoA11yViolations(page, 'roles-delete-confirmation');
  await page.getByRole('tooltip').getByRole('button', { name: 'Da' }).click();
  await expect(page.getByRole('row', { name: new RegExp(code) })).toHaveCount(0);
});
