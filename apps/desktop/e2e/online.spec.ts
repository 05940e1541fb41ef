import fs from 'node:fs';
import path from 'node:path';
import { expectNoA11yViolations } from '../../web/e2e/support/a11y';
import { sampleReport } from '../test/desktop-world';
import { expect, openFromMenu, screenshot, test } from './support/fixtures';

// Seed 3.2, figures 10 and 11: the certificate installed locally, *Conectare*, the traffic light
// turning green with the status bar's messages, a report sent, and the validation messages
// opened by double-clicking the status bar.

test('seed 3.2: certificate, Conectare, green light, report, validation messages', async ({
  page,
  desktopApp,
  siui,
}) => {
  const { provider, leaf } = await siui.registeredProvider();
  expect((await desktopApp.cli('activate', '--serial', provider.key, '--house', 'CAS-AB')).code).toBe(0);
  const p12 = leaf.pkcs12('Parola-2026');

  await page.goto(await desktopApp.launchUrl());
  await openFromMenu(page, 'Administrare', 'Certificat digital');
  await expect(page.getByText('Nu a fost importat niciun certificat.')).toBeVisible();
  await page.locator('#certificate-file').setInputFiles(p12);
  await page.getByLabel('Parola fișierului').fill('greșită');
  await page.getByRole('button', { name: 'Importă' }).click();
  await expect(page.getByTestId('certificate-error')).toHaveText(
    'Parola fișierului PKCS#12 (.p12/.pfx) este greșită.',
  );
  await page.getByLabel('Parola fișierului').fill('Parola-2026');
  await page.getByRole('button', { name: 'Importă' }).click();
  const details = page.getByTestId('certificate-details');
  await expect(details).toContainText(`CN=${provider.name}`);
  await expect(details).toContainText('CN=Autoritatea de Test SIUI');
  await expect(details).toContainText(leaf.serialNumber.toUpperCase());

  const bar = page.getByTestId('status-bar');
  const light = page.getByTestId('traffic-light');
  await expect(light).toHaveAttribute('data-light', 'red');
  await bar.getByRole('button', { name: 'Conectare' }).click();
  await expect(light).toHaveAttribute('data-light', 'green');
  await expect(page.getByTestId('status-message')).toHaveText('Conectat la SIUI');
  await expect(bar.getByRole('button', { name: 'Deconectare' })).toBeVisible();
  await screenshot(page, 'seed-fig10-conectare');
  await expectNoA11yViolations(page, 'Certificat digital, online (green)');

  // A monthly report from a JSON file: pre-checked locally, sent, answered by SIUI.
  const file = path.join(desktopApp.dataDir, 'raportare.json');
  const report = sampleReport();
  const unusual = { ...report.lines[0], serviceCode: 'C003', quantity: 60 };
  fs.writeFileSync(file, JSON.stringify({ ...report, lines: [...report.lines, unusual] }));
  await openFromMenu(page, 'Raportări');
  await page.locator('#report-import-file').setInputFiles(file);
  await expect(page.getByTestId('precheck-messages')).toContainText('CNP_CHECK_DIGIT');
  await page.getByRole('button', { name: 'Trimite' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Trimite' }).click();
  const answer = page.getByTestId('report-answer');
  await expect(answer).toContainText('Parțial validă');
  await expect(answer).toContainText('linii acceptate: 2 din 3');
  await expect(page.getByTestId('siui-messages')).toContainText('are cifra de control greșită');
  await expect(page.getByTestId('status-outbox')).toHaveText('Coada de trimitere: 0');

  // Double-clicking the status bar lists the latest validation messages at the bottom.
  await bar.dblclick();
  const panel = page.getByTestId('messages-panel');
  await expect(panel).toBeVisible();
  await expect(panel.getByRole('row').filter({ hasText: 'CNP_CHECK_DIGIT' })).toContainText(
    `${report.period}, linia 2`,
  );
  await expect(panel.getByRole('row').filter({ hasText: 'QUANTITY_UNUSUAL' })).toContainText('Avertisment');
  await screenshot(page, 'seed-fig11-mesaje-validare');
  await expectNoA11yViolations(page, 'validation messages open');
  await bar.dblclick();
  await expect(panel).toBeHidden();

  // The same list by keyboard alone: its button opens it with Enter, focus goes into it, Escape
  // closes it and gives focus back to the button.
  const messagesButton = bar.getByRole('button', { name: 'Mesaje' });
  await expect(messagesButton).toHaveAttribute('aria-expanded', 'false');
  await messagesButton.focus();
  await page.keyboard.press('Enter');
  await expect(panel).toBeVisible();
  await expect(panel).toBeFocused();
  await expect(messagesButton).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(messagesButton).toBeFocused();
  await page.keyboard.press('Space');
  await expect(panel).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  // The lit lamp carries a shape as well as a colour, and the connection's words are live.
  await expect(page.getByTestId('traffic-light').locator('[data-lit] svg path')).toHaveCount(1);
  await expect(bar.getByRole('status')).toHaveText('Conectat la SIUI');
});

test('a suspended certificate turns the light red with SIUI’s reason', async ({ page, desktopApp, siui }) => {
  const { provider, leaf, certificateId } = await siui.registeredProvider();
  expect((await desktopApp.cli('activate', '--serial', provider.key, '--house', 'CAS-AB')).code).toBe(0);
  expect(
    (await desktopApp.cli('cert', 'import', '--cert', leaf.certificateFile, '--key', leaf.keyFile)).code,
  ).toBe(0);
  await siui.staff.setSuspended(certificateId, true);

  await page.goto(await desktopApp.launchUrl());
  await page.getByTestId('status-bar').getByRole('button', { name: 'Conectare' }).click();
  await expect(page.getByTestId('status-message')).toHaveText(
    'Certificatul este suspendat la casa de asigurări. Nu aveți acces la funcțiile online.',
  );
  await expect(page.getByTestId('traffic-light')).toHaveAttribute('data-light', 'red');
  await screenshot(page, 'connection-refused-suspended');
});
