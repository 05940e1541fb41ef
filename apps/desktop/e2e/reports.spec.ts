import { makeValidCnp } from '@siui/core';
import { expectNoA11yViolations } from '../../web/e2e/support/a11y';
import { sampleReport } from '../test/desktop-world';
import { expect, openFromMenu, screenshot, test } from './support/fixtures';

// *Raportări*: a monthly report typed in the form, with a service code from the nomenclature
// downloaded at connection, checked locally with SIUI's rules, kept as a draft, then sent.

test('a report typed in the form is checked locally, saved as a draft and sent', async ({
  page,
  desktopApp,
  siui,
}) => {
  const { provider, leaf } = await siui.registeredProvider();
  expect((await desktopApp.cli('activate', '--serial', provider.key, '--house', 'CAS-AB')).code).toBe(0);
  expect(
    (await desktopApp.cli('cert', 'import', '--cert', leaf.certificateFile, '--key', leaf.keyFile)).code,
  ).toBe(0);
  // One connection downloads the nomenclature the form offers.
  expect((await desktopApp.cli('connect')).code).toBe(0);
  const { period } = sampleReport();
  const [year, month] = period.split('-');

  await page.goto(await desktopApp.launchUrl());
  await openFromMenu(page, 'Raportări');
  await page.getByRole('button', { name: 'Raportare nouă' }).click();
  await expect(page.getByLabel('Perioada (luna)')).toHaveValue(`${month}.${year}`);
  const line = page.getByTestId('report-lines').getByRole('row').nth(1);
  await line.getByLabel('CNP').fill('1234');
  await line.getByLabel('Cod serviciu').click();
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option', {
      hasText: 'C002 — Consultație de control',
    })
    .click();
  await line.getByLabel('Data').click();
  await line.getByLabel('Data').fill(`12.${month}.${year}`);
  await line.getByLabel('Data').press('Enter');

  await page.getByRole('button', { name: 'Verifică' }).click();
  await expect(page.getByTestId('precheck-messages')).toContainText('CNP 1234 trebuie să aibă 13 cifre.');
  await expectNoA11yViolations(page, 'report form with local check errors');
  await line.getByLabel('CNP').fill(makeValidCnp({ birthDate: '1990-07-21', sex: 'F', sequence: 12 }));
  await page.getByRole('button', { name: 'Verifică' }).click();
  await expect(page.getByText('Verificarea locală nu a găsit probleme.')).toBeVisible();
  await page.getByRole('button', { name: 'Salvează ciorna' }).click();
  await expect(page.getByText(`Raportarea ${period}`)).toBeVisible();
  await screenshot(page, 'report-form-draft');
  await expectNoA11yViolations(page, 'report draft');

  await page.getByRole('button', { name: 'Înapoi la listă' }).click();
  const row = page.getByRole('row').filter({ hasText: period });
  await expect(row).toContainText('Ciornă');
  await row.getByRole('button', { name: 'Deschide' }).click();
  await page.getByRole('button', { name: 'Trimite' }).click();
  // Not connected in this window: the report waits in the outbox, then leaves once connected.
  await expect(page.getByTestId('report-answer')).toContainText('În coada de trimitere');
  await expect(page.getByTestId('status-outbox')).toHaveText('Coada de trimitere: 1');
  await page.getByTestId('status-bar').getByRole('button', { name: 'Conectare' }).click();
  await expect(page.getByTestId('report-answer')).toContainText('Validă');
  await expect(page.getByTestId('status-outbox')).toHaveText('Coada de trimitere: 0');
  await screenshot(page, 'report-sent-valid');
  await expectNoA11yViolations(page, 'report sent');
});
