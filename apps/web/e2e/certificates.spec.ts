import { expect, type Locator, type Page, test } from '@playwright/test';
import { formatSerialForDisplay } from '@siui/core';
import { expectNoA11yViolations } from './support/a11y';
import { createCountyOperator, type StaffAccount } from './support/api-setup';
import { chooseOption, logIn, menuLink, messagesGone, screenshot } from './support/console';
import { activate, callGateway, openSession } from './support/online-gateway';
import { addIssuingAuthority, type CountyProvider, createCountyProvider } from './support/provider-online';
import { issueClientCertificate } from './support/test-pki';

// Seed 2.2.2, in order: a CAS-AB operator opens *Certificate utilizatori*, presses *Nou*, drops the
// provider's certificate file (figure 5), saves and sees the certificate's tab page with
// *Suspendat: NU* (figure 6), ticks the box (figure 7) — and the online gateway refuses the
// certificate from the very next request — then registers another one by its typed serial.
test.describe.configure({ mode: 'serial' });

const stamp = Date.now().toString(36).toUpperCase();
const caName = `CertSIGN Test CA ${stamp}`;

const story: { operator?: StaffAccount; provider?: CountyProvider } = {};

function need<K extends keyof typeof story>(key: K): NonNullable<(typeof story)[K]> {
  const value = story[key];
  if (value === undefined) throw new Error(`an earlier test did not set ${key}`);
  return value;
}

/** Drops a file on the element, as a person dragging it from the file manager does. */
async function dropFile(page: Page, target: Locator, name: string, bytes: Buffer) {
  const dataTransfer = await page.evaluateHandle(
    ({ fileName, base64 }) => {
      const transfer = new DataTransfer();
      const content = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
      transfer.items.add(new File([content], fileName));
      return transfer;
    },
    { fileName: name, base64: bytes.toString('base64') },
  );
  await target.dispatchEvent('dragenter', { dataTransfer });
  await target.dispatchEvent('dragover', { dataTransfer });
  await target.dispatchEvent('drop', { dataTransfer });
}

test('seed 2.2.2: a county operator registers a certificate from its file and suspends it', async ({
  page,
  request,
}) => {
  story.operator = await createCountyOperator(request, 'CAS-AB', 'Cristina Dobrescu');
  const ca = await addIssuingAuthority(request, caName);
  story.provider = await createCountyProvider(request, `AB-CERT-${stamp}`, 'Centrul Medical Sfânta Ana SRL');
  // Valid for 20 days: the console warns that it expires soon.
  const leaf = issueClientCertificate(ca, 'Centrul Medical Sfanta Ana SRL', 'sfanta-ana', 20);
  const { provider, operator } = { provider: story.provider, operator: story.operator };
  const serialShown = formatSerialForDisplay(leaf.serial);

  await logIn(page, operator.username, operator.password);
  await menuLink(page, 'Certificate utilizatori').click();
  await expect(page).toHaveURL(/\/configurari\/administrare-ocsp\/certificate-utilizatori$/);
  await expect(page.getByRole('navigation')).toContainText(
    'Configurări/Configurare de sistem/Administrare OCSP/Certificate utilizatori',
  );

  // *Nou*, then the certificate file dropped on the form: it is read and checked at once.
  await page.getByRole('button', { name: 'Nou' }).click();
  const drawer = page.getByRole('dialog', { name: 'Certificat utilizator nou' });
  await expect(drawer).toContainText('Numărul serial este specific fiecărui certificat digital.');
  await dropFile(
    page,
    drawer.getByText('Trageți aici fișierul certificatului'),
    'sfanta-ana.crt',
    Buffer.from(leaf.pem),
  );
  const summary = drawer.getByTestId('inspection-summary');
  await expect(summary).toContainText('Centrul Medical Sfanta Ana SRL');
  await expect(summary).toContainText('Semnătură verificată');
  await expect(summary).toContainText(caName);
  await expect(summary).toContainText('Certificatul expiră curând, pe');
  await expect(drawer.getByLabel('Număr serial')).toHaveValue(serialShown);
  await expect(drawer.getByLabel('Număr serial')).toBeDisabled();
  await expect(drawer).toContainText('Detectată din fișier.');
  await chooseOption(page, drawer.getByLabel('Utilizator extern'), provider.code);
  await drawer.getByLabel('Observații').fill('Certificat calificat primit de la furnizor pe e-mail.');
  await page.mouse.move(0, 0);
  await expectNoA11yViolations(page, 'seed-fig5-certificat-nou');
  await screenshot(page, 'seed-fig5-certificat-nou', { fullPage: false });
  await drawer.getByRole('button', { name: 'Salvează' }).click();

  // The tab page of the certificate (figure 6): *Suspendat: NU*.
  const title = page.getByRole('heading', { level: 3 });
  await expect(title).toContainText(serialShown);
  await expect(title).toContainText('Suspendat: NU');
  const details = page.getByTestId('certificate-details');
  await expect(details).toContainText(provider.username);
  await expect(details).toContainText(`${provider.code} · ${provider.name}`);
  await expect(details).toContainText(caName);
  await expect(page.getByRole('checkbox', { name: 'Suspendat' })).not.toBeChecked();
  await page.mouse.move(0, 0);
  await messagesGone(page);
  await expectNoA11yViolations(page, 'seed-fig6-detalii-certificat');
  await screenshot(page, 'seed-fig6-detalii-certificat');

  // The provider activates its application and connects online with this certificate.
  const activation = await activate(request, provider.key, 'CAS-AB');
  expect(activation.status, JSON.stringify(activation.body)).toBe(200);
  const gateway = activation.gateway;
  if (!gateway) throw new Error('the activation answer names no online gateway');
  const certificate = { certPem: leaf.pem, keyPem: leaf.keyPem };
  const credentials = { username: provider.username, password: provider.key };
  const session = await openSession(gateway, certificate, credentials, 200);
  const token = session.token ?? '';
  const nomenclature = { path: '/online/v1/nomenclatures/services', ...certificate, token };
  expect((await callGateway(gateway, nomenclature)).status).toBe(200);

  // Figure 7: ticking *Suspendat* asks first, explains the effect, and takes a reason.
  await page.getByRole('checkbox', { name: 'Suspendat' }).click();
  const dialog = page.getByRole('dialog', { name: `Suspendați certificatul ${serialShown}?` });
  await expect(dialog).toContainText(
    `Utilizatorul extern ${provider.username} nu va mai avea acces la funcționalitățile disponibile online, imediat`,
  );
  await dialog.getByLabel('Motiv (opțional)').fill('Cererea furnizorului: dispozitiv pierdut');
  await page.mouse.move(0, 0);
  await expectNoA11yViolations(page, 'seed-fig7-suspendare');
  await screenshot(page, 'seed-fig7-suspendare', { fullPage: false });
  await dialog.getByRole('button', { name: 'Suspendă' }).click();
  await expect(dialog).toBeHidden();
  await expect(title).toContainText('Suspendat: DA');
  await expect(page.getByRole('checkbox', { name: 'Suspendat' })).toBeChecked();
  await expect(page.getByText('nu are acces la funcționalitățile disponibile online')).toBeVisible();

  // The suspension takes effect on the very next request: the open session and a new one are refused.
  expect((await callGateway(gateway, nomenclature)).status).toBe(401);
  const again = await openSession(gateway, certificate, credentials, 401);
  expect(JSON.stringify(again.json)).toContain('CERTIFICATE_SUSPENDED');

  await page.getByRole('tab', { name: /Istoric suspendări/ }).click();
  const history = page.getByRole('tabpanel');
  const entry = history.getByRole('row', { name: /Suspendare/ });
  await expect(entry).toContainText(operator.username);
  await expect(entry).toContainText('Cererea furnizorului: dispozitiv pierdut');
  await messagesGone(page);
  await expectNoA11yViolations(page, 'certificat-istoric-suspendari');
  await screenshot(page, 'certificat-istoric-suspendari');

  await page.getByRole('tab', { name: 'Certificat (PEM)' }).click();
  await expect(page.getByTestId('pem')).toContainText('-----BEGIN CERTIFICATE-----');
});

test('a certificate registered by its typed serial is stored in canonical form', async ({ page }) => {
  const { operator, provider } = { operator: need('operator'), provider: need('provider') };
  await logIn(page, operator.username, operator.password);
  await menuLink(page, 'Certificate utilizatori').click();
  await page.getByRole('button', { name: 'Nou' }).click();
  const drawer = page.getByRole('dialog', { name: 'Certificat utilizator nou' });
  await drawer.getByRole('button', { name: 'Salvează' }).click();
  await expect(drawer.getByText('Alegeți utilizatorul extern al furnizorului.')).toBeVisible();
  await expect(drawer.getByText('Introduceți numărul serial al certificatului.')).toBeVisible();
  await expectNoA11yViolations(page, 'certificate-form-errors');

  await chooseOption(page, drawer.getByLabel('Utilizator extern'), provider.name.slice(0, 14));
  await chooseOption(page, drawer.getByLabel('Autoritate emitentă'), caName);
  await drawer.getByLabel('Număr serial').fill('00:a3 0g');
  await drawer.getByRole('button', { name: 'Salvează' }).click();
  await expect(drawer.getByText('Număr serial invalid')).toBeVisible();
  await drawer.getByLabel('Număr serial').fill('00:a3 0f');
  await expect(drawer.getByTestId('serial-preview')).toHaveText('Se va salva ca A3:0F.');
  await drawer.getByRole('button', { name: 'Salvează' }).click();

  const title = page.getByRole('heading', { level: 3 });
  await expect(title).toContainText('A3:0F');
  await expect(title).toContainText('Suspendat: NU');
  await expect(page.getByTestId('certificate-details')).toContainText('Înregistrat doar după numărul serial');

  // The list, filtered by the provider code: both certificates, one suspended.
  await page.getByRole('button', { name: 'Înapoi' }).click();
  await page.getByRole('searchbox', { name: 'Cod furnizor' }).fill(provider.code);
  await page.getByRole('searchbox', { name: 'Cod furnizor' }).press('Enter');
  await expect(page).toHaveURL(new RegExp(`providerCode=${provider.code}`));
  await expect(page.getByRole('row')).toHaveCount(3);
  await expect(page.getByRole('row', { name: /A3:0F/ })).toContainText('NU');
  await page.mouse.move(0, 0);
  await messagesGone(page);
  await expectNoA11yViolations(page, 'certificate-utilizatori');
  await screenshot(page, 'certificate-utilizatori');
  await page.getByLabel('Suspendat', { exact: true }).click();
  await page.locator('.ant-select-dropdown:visible').getByText('Suspendat: DA').click();
  await expect(page).toHaveURL(/suspended=true/);
  await expect(page.getByRole('row')).toHaveCount(2);
  await page.getByRole('button', { name: 'Resetare filtre' }).click();
  await page.getByRole('spinbutton', { name: 'Expiră în (zile)' }).fill('30');
  await page.getByRole('spinbutton', { name: 'Expiră în (zile)' }).press('Enter');
  await expect(page).toHaveURL(/expiringWithinDays=30/);
  await expect(page.getByRole('row')).toHaveCount(2); // the serial-only one has no known validity
  await expect(page.getByRole('row', { name: /Expiră în 19 zile/ })).toContainText(provider.username);

  // The same detail in English.
  await page.getByRole('row', { name: /Expiră în 19 zile/ }).click();
  await page.getByText('EN', { exact: true }).click();
  await expect(page.getByRole('heading', { level: 3 })).toContainText('Suspended: YES');
  await expect(page.getByRole('tab', { name: 'Certificate details' })).toBeVisible();
  await expect(page.getByText(/The certificate expires soon, on/)).toBeVisible(); // asked again in English
  await messagesGone(page);
  await expectNoA11yViolations(page, 'certificate-detail-english');
  await screenshot(page, 'certificate-detail-english');
});
