import { expect, test } from '@playwright/test';
import { expectNoA11yViolations } from './support/a11y';
import { createCountyOperator } from './support/api-setup';
import { logIn, menuLink, messagesGone, screenshot } from './support/console';
import { E2E_ADMIN } from './support/e2e-settings';
import { addIssuingAuthority } from './support/provider-online';
import { createTestCa } from './support/test-pki';

// *Administrare OCSP / Autorități emitente* ("Log OCSP și Autorități emitente"): managed at CNAS —
// added from the CA certificate file, its settings changed — while a county house only views them.

const stamp = Date.now().toString(36).toUpperCase();

test('CNAS adds an issuing authority by uploading its CA certificate', async ({ page }) => {
  const caName = `CertSIGN Test CA ${stamp}`;
  const ca = createTestCa(caName);
  await logIn(page, E2E_ADMIN.username, E2E_ADMIN.password);
  // Another authority, whose certificate ends in 20 days: the list highlights it.
  await addIssuingAuthority(page.request, `Trans Sped Test CA ${stamp}`, {
    days: 20,
    ocspUrl: 'http://ocsp.transsped-test.ro',
  });
  await menuLink(page, 'Autorități emitente').click();
  await expect(page).toHaveURL(/\/configurari\/administrare-ocsp\/autoritati-emitente$/);
  await expect(page.getByRole('navigation')).toContainText(
    'Configurări/Configurare de sistem/Administrare OCSP/Autorități emitente',
  );
  await expect(page.getByTestId('authorities-read-only')).toHaveCount(0);

  await page.getByRole('button', { name: 'Nou' }).click();
  const drawer = page.getByRole('dialog', { name: 'Autoritate emitentă nouă' });
  // A DER file (.cer): the console sends its bytes in base64.
  await drawer
    .locator('input[type=file]')
    .setInputFiles({ name: 'certsign-test-ca.cer', mimeType: 'application/pkix-cert', buffer: ca.der });
  await expect(drawer).toContainText('certsign-test-ca.cer');
  await drawer.getByLabel('Adresă OCSP').fill('nu-e-o-adresa');
  await drawer.getByRole('button', { name: 'Salvează' }).click();
  await expect(drawer.getByText('Adresă http(s) invalidă.')).toBeVisible();
  await expectNoA11yViolations(page, 'autoritati-emitente-form-errors');
  await drawer.getByLabel('Adresă OCSP').fill('');
  await drawer.getByLabel('Adresă CRL').fill('http://crl.certsign-test.ro/ca.crl');
  await page.mouse.move(0, 0);
  await expectNoA11yViolations(page, 'autoritati-emitente-nou');
  await screenshot(page, 'autoritati-emitente-nou', { fullPage: false });
  await drawer.getByRole('button', { name: 'Salvează' }).click();

  // The detail: every field, the SHA-256 fingerprint and the PEM.
  await expect(page.getByRole('heading', { name: caName })).toBeVisible();
  const details = page.getByTestId('authority-details');
  await expect(details).toContainText(`C=RO, O=${caName}, CN=${caName}`);
  await expect(details).toContainText(ca.fingerprint);
  await expect(details).toContainText('http://crl.certsign-test.ro/ca.crl');
  await expect(details).toContainText('Strictă');
  await expect(page.getByTestId('pem')).toContainText('-----BEGIN CERTIFICATE-----');
  await expect(page.getByRole('button', { name: 'Copiază PEM' })).toBeVisible();

  // Settings: the policy changes; deactivating asks first and says what it does.
  await page.getByText('Permisivă', { exact: true }).click();
  await page.getByRole('button', { name: 'Salvează' }).click();
  await expect(page.getByText('Modificările au fost salvate.')).toBeVisible();
  await expect(details).toContainText('Permisivă');
  await page.getByRole('switch', { name: 'Autoritate activă' }).click();
  const confirm = page.getByRole('dialog', { name: `Dezactivați autoritatea ${caName}?` });
  await expect(confirm).toContainText('nu vor mai fi acceptate la conectarea online, imediat');
  await expectNoA11yViolations(page, 'autoritati-emitente-dezactivare-confirmare');
  await confirm.getByRole('button', { name: 'Renunță' }).click();
  await expect(page.getByRole('switch', { name: 'Autoritate activă' })).toBeChecked();
  await page.mouse.move(0, 0);
  await messagesGone(page);
  await expectNoA11yViolations(page, 'autoritati-emitente-detaliu');
  await screenshot(page, 'autoritati-emitente-detaliu');

  await page.getByRole('button', { name: 'Înapoi' }).click();
  await expect(page).toHaveURL(/\/autoritati-emitente$/);
  await expect(page.getByRole('heading', { name: 'Autorități emitente' })).toBeVisible();
  const row = page.getByRole('row', { name: new RegExp(caName) });
  await expect(row).toContainText('Activă');
  await expect(row).toContainText('Permisivă');
  await expect(row).toContainText('fără OCSP');
  await expect(page.getByRole('row', { name: /Trans Sped Test CA/ })).toContainText('Expiră în 19 zile');
  await messagesGone(page);
  await expectNoA11yViolations(page, 'autoritati-emitente-cnas');
  await screenshot(page, 'autoritati-emitente-cnas');
});

test('the county operator sees the issuing authorities read-only', async ({ page, request }) => {
  const operator = await createCountyOperator(request, 'CAS-AB', 'Cristina Dobrescu');
  const caName = `DigiSign Qualified CA ${stamp}`;
  const ca = await addIssuingAuthority(request, caName);
  await logIn(page, operator.username, operator.password);
  await menuLink(page, 'Autorități emitente').click();
  await expect(page.getByTestId('authorities-read-only')).toContainText(
    'La nivel CJAS este disponibilă doar operația de vizualizare',
  );
  await expect(page.getByRole('button', { name: 'Nou' })).toHaveCount(0);
  const row = page.getByRole('row', { name: new RegExp(caName) });
  await expect(row.getByRole('button', { name: 'Detalii' })).toBeVisible();
  await page.mouse.move(0, 0);
  await expectNoA11yViolations(page, 'autoritati-emitente-cjas');
  await screenshot(page, 'autoritati-emitente-cjas');

  await row.getByRole('button', { name: 'Detalii' }).click();
  await expect(page.getByRole('heading', { name: caName })).toBeVisible();
  await expect(page.getByTestId('authority-details')).toContainText(ca.fingerprint);
  await expect(page.getByRole('switch')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Salvează' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Copiază PEM' })).toBeVisible();
});
