import { expect, test } from '@playwright/test';
import { expectNoA11yViolations } from './support/a11y';
import { createProviderWithActivationKey } from './support/api-setup';
import { logIn, menuLink, screenshot } from './support/console';
import { E2E_ADMIN } from './support/e2e-settings';

// Seed 2.2.1: generating the activation key creates the provider's external user; the users
// list finds it by the provider code, and its detail has no roles or rights.
test('the external user of a provider is found by its provider code and has no roles', async ({ page }) => {
  await logIn(page, E2E_ADMIN.username, E2E_ADMIN.password);
  const provider = await createProviderWithActivationKey(page.request, {
    code: 'MF-E2E-0427',
    name: 'Cabinet Medical Dr. Șerban Țurcanu SRL',
    fiscalCode: '18547290',
    insuranceHouse: 'CAS-AB',
  });

  await menuLink(page, 'Utilizatori').click();
  await page.getByRole('searchbox', { name: 'Cod furnizor' }).fill(provider.code);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/providerCode=MF-E2E-0427/);
  const row = page.getByRole('row', { name: new RegExp(`${provider.fiscalCode}_CAS-AB`) });
  await expect(row).toContainText('Extern');
  await expect(row).toContainText(provider.name);
  await expect(page.getByRole('row')).toHaveCount(2); // header + the external user
  await expectNoA11yViolations(page, '40-external-user-by-provider-code');
  await screenshot(page, '40-external-user-by-provider-code');

  await row.click();
  await expect(page.getByRole('heading', { name: `${provider.fiscalCode}_CAS-AB` })).toBeVisible();
  await expect(page.getByTestId('external-user-note')).toContainText(
    'Utilizatorii externi nu se pot conecta în aplicația specifică CJAS-urilor',
  );
  await expect(page.getByRole('tab', { name: 'Roluri' })).toHaveCount(0);
  await expect(page.getByRole('tab', { name: 'Drepturi' })).toHaveCount(0);
  await expect(page.getByText(provider.code, { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Resetare parolă' })).toHaveCount(0);
  await expectNoA11yViolations(page, '41-external-user-detail');
  await screenshot(page, '41-external-user-detail');
});
