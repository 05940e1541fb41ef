import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { formatSerialForDisplay, generateLicenseKey } from '@siui/core';
import { expectNoA11yViolations } from './support/a11y';
import { chooseOption, logIn, menuLink, screenshot } from './support/console';
import { activate } from './support/online-gateway';
import { providerWorkedOnline } from './support/provider-online';

// *Administrare OCSP / Log OCSP* ("Log OCSP și Autorități emitente"): every operation done online by
// the county's external users, allowed or refused with its reason; filtered, paged, exported.

const stamp = Date.now().toString(36).toUpperCase();

test('Log OCSP: every online operation of the county, filtered, paged and exported', async ({
  page,
  request,
}) => {
  const { operator, provider, leaf } = await providerWorkedOnline(request, stamp);
  // A well-formed key that was never issued: refused, and logged for the house it was tried at.
  const unknown = await activate(request, generateLicenseKey(), 'CAS-AB');
  expect(unknown.status).toBe(401);

  await logIn(page, operator.username, operator.password);
  await menuLink(page, 'Log OCSP').click();
  await expect(page).toHaveURL(/\/configurari\/administrare-ocsp\/log-ocsp$/);
  const invalidKey = page.getByRole('row', { name: /Cheie de activare invalidă/ }).first();
  await expect(invalidKey).toContainText('Activare aplicație');
  await expect(invalidKey).toContainText('Refuzat');

  await page.getByRole('searchbox', { name: 'Cod furnizor' }).fill(provider.code);
  await page.getByRole('searchbox', { name: 'Cod furnizor' }).press('Enter');
  await expect(page).toHaveURL(new RegExp(`providerCode=${provider.code}`));
  await expect(page.getByRole('row', { name: /Cheie de activare invalidă/ })).toHaveCount(0);
  const suspended = page.getByRole('row', { name: /Certificat suspendat/ }).first();
  await expect(suspended).toContainText(provider.username);
  await expect(suspended).toContainText(formatSerialForDisplay(leaf.serial));
  await expect(suspended).toContainText('Conectare online');
  await expect(page.getByRole('row', { name: /Transmitere raportare/ }).first()).toContainText('Permis');

  // More than 50 operations: the next ones come with *Încarcă mai multe* (keyset paging).
  await expect(page.getByTestId('ocsp-log-count')).toHaveText('50 de operații afișate');
  await page.getByRole('button', { name: 'Încarcă mai multe' }).click();
  await expect(page.getByText('Nu mai sunt operații.')).toBeVisible();
  await expectNoA11yViolations(page, 'log-ocsp-filtered-end');
  await expect(page.getByRole('row', { name: /Activare aplicație/ }).first()).toContainText('Permis');
  await page.getByRole('button', { name: 'Resetare filtre' }).click();
  await expect(page).not.toHaveURL(/providerCode=/);
  await expect(page.getByRole('row', { name: /Cheie de activare invalidă/ }).first()).toBeVisible();
  await page.mouse.move(0, 0);
  await expectNoA11yViolations(page, 'log-ocsp');
  await screenshot(page, 'log-ocsp', { fullPage: false });

  await page.getByRole('searchbox', { name: 'Cod furnizor' }).fill(provider.code);
  await page.getByRole('searchbox', { name: 'Cod furnizor' }).press('Enter');
  await expect(page).toHaveURL(new RegExp(`providerCode=${provider.code}`));
  await chooseOption(page, page.getByLabel('Rezultat'), 'Refuzat');
  await expect(page).toHaveURL(/result=REFUSED/);
  await expect(page).toHaveURL(new RegExp(`providerCode=${provider.code}`)); // the code filter stays
  await expect(page.getByRole('row', { name: /Permis/ })).toHaveCount(0);
  await expect(page.getByRole('row', { name: /Certificat suspendat/ })).toHaveCount(2);

  // *Export CSV* with the same filters.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('log-ocsp.csv');
  await file.saveAs('test-results/downloads/log-ocsp.csv');
  const csv = await readFile('test-results/downloads/log-ocsp.csv', 'utf8');
  expect(csv).toContain('data_ora;casa;cod_furnizor;utilizator;serie_certificat;operatie;rezultat;motiv');
  expect(csv).toContain(
    `;${provider.code};${provider.username};${leaf.serial};SESSION;REFUSED;CERTIFICATE_SUSPENDED`,
  );
  expect(csv).not.toContain(';ALLOWED;');
});
