import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { type Browser, expect, type Page, test } from '@playwright/test';
import { makeValidCnp } from '@siui/core';
import {
  type DesktopApp as ProviderDesktop,
  startDesktopApp as startDesktop,
} from '../../apps/desktop/e2e/support/desktop-app';
import { chooseOption, logIn, openMenu, search } from './support/console';
import { DEMO_P12_PASSWORD, type DemoScene, REPOSITORY_ROOT, startDemoScene } from './support/demo-scene';
import { figure, pdfFigure } from './support/figures';

// The user guide (docs/ghid-utilizare.md, docs/user-guide.md), walked step by step on the demo scene
// exactly as it tells a person to, taking its figures. One story, in the guide's order: what a step
// leaves behind (a key, a registered certificate, a connection) is what the next step starts from.
// The figures are numbered as in the guides; the seed's eleven figures are fig02, fig04, fig05, fig06,
// fig09, fig11, fig12 (seed 1–7) and fig20, fig21, fig24, fig26 (seed 8–11).
test.describe.configure({ mode: 'serial' });

let scene: DemoScene;
const desktops: ProviderDesktop[] = [];
const staffWindows = new Map<string, Page>();

test.beforeAll(async () => {
  test.setTimeout(180_000);
  // What `npm start` and `npm run desktop` do first: build the console and the desktop UI if stale.
  execFileSync(process.execPath, ['scripts/build-if-stale.mjs', 'web', 'desktop'], {
    cwd: REPOSITORY_ROOT,
    stdio: 'inherit',
  });
  scene = await startDemoScene({ preferDefaultPorts: Boolean(process.env.SIUI_DOCS_SCREENSHOTS) });
});

test.afterAll(async () => {
  for (const page of staffWindows.values()) await page.context().close();
  staffWindows.clear();
  for (const desktop of desktops.splice(0)) await desktop.stop();
  await scene?.dispose();
});

/**
 * The staff console in a browser window of 1440×900, logged in as `username` (the demo password):
 * one window per person, kept from one step of the guide to the next, as a person keeps theirs.
 */
async function staffWindow(browser: Browser, username: string): Promise<Page> {
  const open = staffWindows.get(username);
  if (open) return open;
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    locale: 'ro-RO',
    acceptDownloads: true,
  });
  const page = await context.newPage();
  await logIn(page, scene.url, username);
  staffWindows.set(username, page);
  return page;
}

test('Primii pași: siui demo prints the staff, the providers, their keys and files', async () => {
  const out = scene.demoOutput;
  expect(out).toContain('Scena demo SIUI Cert a fost creată');
  expect(out).toMatch(/operator\.alba\s+parola Demo-Parola-2026\s+CAS-AB/);
  expect(out).toMatch(/demo\.cnas\s+parola Demo-Parola-2026\s+CNAS/);
  expect(scene.provider('DEMO-MF01').key).toMatch(/^[0-9A-Z]{5}(-[0-9A-Z]{5}){3}$/);
  expect(scene.provider('DEMO-SP04').key).toBeNull();
  // `npm start` on the demo's data: listens where the guide says, and makes no `admin` (staff exist).
  await expect.poll(() => scene.serverOutput()).toContain(`SIUI Cert ascultă pe / listens on ${scene.url}`);
  expect(scene.serverOutput()).not.toContain('administrator CNAS');
  for (const code of ['DEMO-MF01', 'DEMO-CL02', 'DEMO-FA03', 'DEMO-LB05']) {
    expect(fs.existsSync(scene.certificateFile(code, 'p12'))).toBe(true);
    expect(fs.existsSync(path.join(scene.demoDir, 'conventii', `generatePassword-${code}.pdf`))).toBe(true);
  }
});

test('2.1 Generare parolă: the activation key of DEMO-SP04 and its usage agreement', async ({ browser }) => {
  const page = await staffWindow(browser, 'operator.alba');
  const provider = scene.provider('DEMO-SP04');

  // Furnizori / Persoane juridice: select the provider, press Modifică.
  await openMenu(page, 'Persoane juridice');
  await expect(page.getByRole('heading', { name: 'Persoane juridice' })).toBeVisible();
  const row = page.getByRole('row', { name: new RegExp(provider.code) });
  await expect(row).toContainText('Fără cheie');
  await figure(page, 'fig01-persoane-juridice');
  await row.getByRole('button', { name: 'Modifică' }).click();

  const keyPanel = page.getByTestId('activation-key-panel');
  await expect(page.getByRole('heading', { name: provider.name })).toBeVisible();
  await expect(keyPanel).toContainText('Furnizorul nu are încă o cheie de activare.');
  await expect(keyPanel.getByRole('button', { name: 'Generare parolă' })).toBeVisible();
  await figure(page, 'fig02-generare-parola');

  // Generare parolă: generatePassword.pdf is downloaded; the screen says what to do with it.
  const downloaded = page.waitForEvent('download');
  await keyPanel.getByRole('button', { name: 'Generare parolă' }).click();
  const download = await downloaded;
  expect(download.suggestedFilename()).toBe('generatePassword.pdf');
  const pdf = path.join(scene.dataDir, 'generatePassword.pdf');
  await download.saveAs(pdf);
  expect(fs.readFileSync(pdf).subarray(0, 4).toString('latin1')).toBe('%PDF');
  await expect(page.getByTestId('key-issued')).toContainText('Cheia de activare a fost generată.');
  await expect(page.getByTestId('key-issued')).toContainText(
    `Utilizatorul extern ${provider.externalUser} există în SIUI.`,
  );
  await expect(keyPanel.getByRole('button', { name: 'Resetare parolă' })).toBeVisible();
  await figure(page, 'fig03-cheie-generata-resetare-parola');
  // Resetare parolă asks first (the old key would stop working at once); here, Renunță.
  await keyPanel.getByRole('button', { name: 'Resetare parolă' }).click();
  const confirmReset = page.getByRole('dialog', { name: `Resetați parola furnizorului ${provider.code}?` });
  await expect(confirmReset).toContainText('nu va mai funcționa din acest moment');
  await confirmReset.getByRole('button', { name: 'Renunță' }).click();
  await expect(confirmReset).toBeHidden();
  await page.getByRole('tab', { name: 'Istoric chei' }).click();
  await expect(page.getByRole('tabpanel').getByRole('row', { name: /Generare parolă/ })).toContainText(
    'Cheie curentă',
  );
  await page.getByRole('tab', { name: 'Date furnizor' }).click();
  await pdfFigure(pdf, 'fig04-conventie-utilizare');
});

test('2.2.1 Utilizatori: internal and external users; the generated one found by its provider code', async ({
  browser,
}) => {
  const page = await staffWindow(browser, 'operator.alba');
  const provider = scene.provider('DEMO-SP04');

  // Configurări / Configurare de sistem / Securitate / Utilizatori: the house's staff and providers.
  await openMenu(page, 'Utilizatori');
  await expect(page.getByRole('navigation')).toContainText(
    'Configurări/Configurare de sistem/Securitate/Utilizatori',
  );
  await expect(page.getByRole('row', { name: /operator\.alba/ })).toContainText('Intern');
  await expect(page.getByRole('row', { name: new RegExp(provider.externalUser) })).toContainText('Extern');
  await figure(page, 'fig05-utilizatori');

  // Filtered by the provider code: the external user created with the key.
  await search(page, 'Cod furnizor', provider.code);
  await expect(page).toHaveURL(new RegExp(`providerCode=${provider.code}`));
  await expect(page.getByRole('row')).toHaveCount(2); // the header and the external user
  const row = page.getByRole('row', { name: new RegExp(provider.externalUser) });
  await expect(row).toContainText(provider.name);
  await figure(page, 'fig06-utilizator-generat');

  // Its detail: no roles or rights tab pages; external users cannot log in to the console.
  await row.click();
  await expect(page.getByRole('heading', { name: provider.externalUser })).toBeVisible();
  await expect(page.getByTestId('external-user-note')).toContainText(
    'Utilizatorii externi nu se pot conecta în aplicația specifică CJAS-urilor',
  );
  await expect(page.getByRole('tab', { name: 'Roluri' })).toHaveCount(0);
  await figure(page, 'fig07-utilizator-extern-detaliu');
});

test('2.2.2 Certificate utilizatori: DEMO-CL02’s certificate added from its file, then suspended', async ({
  browser,
}) => {
  const page = await staffWindow(browser, 'operator.alba');
  const provider = scene.provider('DEMO-CL02');

  // Configurări / Configurare de sistem / Administrare OCSP / Certificate utilizatori, Nou.
  await openMenu(page, 'Certificate utilizatori');
  await expect(page.getByRole('navigation')).toContainText(
    'Configurări/Configurare de sistem/Administrare OCSP/Certificate utilizatori',
  );
  await figure(page, 'fig08-certificate-utilizatori');
  await page.getByRole('button', { name: 'Nou' }).click();
  const drawer = page.getByRole('dialog', { name: 'Certificat utilizator nou' });
  await chooseOption(page, drawer.getByLabel('Utilizator extern'), provider.code);

  // By its serial: the form shows how the typed serial will be saved …
  const serial = execFileSync('openssl', [
    'x509',
    '-noout',
    '-serial',
    '-in',
    scene.certificateFile(provider.code, 'pem'),
  ])
    .toString()
    .trim()
    .replace(/^serial=/, '');
  await chooseOption(page, drawer.getByLabel('Autoritate emitentă'), 'Autoritate de Certificare Demo');
  await drawer.getByLabel('Număr serial').fill(serial.toLowerCase().replace(/(..)(?!$)/g, '$1 '));
  await expect(drawer.getByTestId('serial-preview')).toContainText('Se va salva ca');
  await figure(page, 'fig10-certificat-nou-serial');

  // … or, simpler, from the certificate file the provider sent: the form fills itself.
  const chooser = page.waitForEvent('filechooser');
  await drawer.getByText('Trageți aici fișierul certificatului').click();
  await (await chooser).setFiles(scene.certificateFile(provider.code, 'pem'));
  const summary = drawer.getByTestId('inspection-summary');
  await expect(summary).toContainText(provider.name);
  await expect(summary).toContainText('Semnătură verificată');
  await expect(drawer).toContainText('Detectată din fișier.');
  await drawer.getByLabel('Observații').fill('Certificat calificat primit de la furnizor pe e-mail.');
  await figure(page, 'fig09-certificat-nou-fisier');
  await drawer.getByRole('button', { name: 'Salvează' }).click();

  // After saving: the certificate's tab page, Suspendat: NU.
  const title = page.getByRole('heading', { level: 3 });
  await expect(title).toContainText('Suspendat: NU');
  await expect(page.getByTestId('certificate-details')).toContainText(provider.externalUser);
  await expect(page.getByRole('checkbox', { name: 'Suspendat' })).not.toBeChecked();
  await figure(page, 'fig11-detalii-certificat');

  // Ticking Suspendat asks first; the certificate is suspended, then the suspension is lifted.
  await page.getByRole('checkbox', { name: 'Suspendat' }).click();
  const suspend = page.getByRole('dialog', { name: /^Suspendați certificatul/ });
  await expect(suspend).toContainText(
    `Utilizatorul extern ${provider.externalUser} nu va mai avea acces la funcționalitățile disponibile online`,
  );
  await suspend.getByLabel('Motiv (opțional)').fill('Cererea furnizorului: token pierdut');
  await figure(page, 'fig12-suspendare-certificat');
  await suspend.getByRole('button', { name: 'Suspendă' }).click();
  await expect(suspend).toBeHidden();
  await expect(title).toContainText('Suspendat: DA');
  await expect(page.getByRole('checkbox', { name: 'Suspendat' })).toBeChecked();
  await figure(page, 'fig13-certificat-suspendat');

  await page.getByRole('checkbox', { name: 'Suspendat' }).click();
  const resume = page.getByRole('dialog', { name: /^Anulați suspendarea certificatului/ });
  await resume.getByLabel('Motiv (opțional)').fill('Furnizorul a găsit token-ul');
  await resume.getByRole('button', { name: 'Anulează suspendarea' }).click();
  await expect(resume).toBeHidden();
  await expect(title).toContainText('Suspendat: NU');
  await page.getByRole('tab', { name: /Istoric suspendări/ }).click();
  await expect(page.getByRole('tabpanel').getByRole('row', { name: /Anularea suspendării/ })).toContainText(
    'operator.alba',
  );
});

test('Autorități emitente: managed at CNAS, viewed by a county house', async ({ browser }) => {
  const cnas = await staffWindow(browser, 'demo.cnas');
  await openMenu(cnas, 'Autorități emitente');
  await expect(cnas.getByRole('navigation')).toContainText(
    'Configurări/Configurare de sistem/Administrare OCSP/Autorități emitente',
  );
  const row = cnas.getByRole('row', { name: /Autoritate de Certificare Demo SIUI/ });
  await expect(row).toContainText('Activă');
  await expect(cnas.getByRole('button', { name: 'Nou' })).toBeVisible();
  await figure(cnas, 'fig16-autoritati-emitente-cnas');
  // CNAS opens an authority with Modifică: its settings, the switch that deactivates it.
  await row.getByRole('button', { name: 'Modifică' }).click();
  await expect(cnas.getByRole('heading', { name: 'Autoritate de Certificare Demo SIUI' })).toBeVisible();
  await expect(cnas.getByTestId('authority-details')).toContainText(`${scene.url}/`);
  await expect(cnas.getByRole('switch', { name: 'Autoritate activă' })).toBeChecked();
  await figure(cnas, 'fig17-autoritate-emitenta-detaliu');

  const county = await staffWindow(browser, 'operator.cluj');
  await openMenu(county, 'Autorități emitente');
  await expect(county.getByTestId('authorities-read-only')).toContainText(
    'La nivel CJAS este disponibilă doar operația de vizualizare',
  );
  await expect(county.getByRole('button', { name: 'Nou' })).toHaveCount(0);
  await figure(county, 'fig18-autoritati-emitente-cjas');
});

/** The provider desktop's window (`chromium --app`, 1280×860 with its title bar): 1280×800. */
async function desktopWindow(browser: Browser, desktop: ProviderDesktop): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'ro-RO' });
  const page = await context.newPage();
  await page.goto(await desktop.launchUrl());
  await expect(page.getByTestId('status-bar')).toBeVisible();
  return page;
}

/** Opens a page from the desktop's menu bar; *Activare* and *Certificat digital* sit under *Administrare*. */
async function openFromMenu(page: Page, ...labels: string[]): Promise<void> {
  for (const label of labels.slice(0, -1))
    await page.getByRole('menuitem', { name: label, exact: true }).hover();
  await page.getByRole('menuitem', { name: labels[labels.length - 1] ?? '', exact: true }).click();
}

/** Last month as the report form offers it: `{ year, month }` and `YYYY-MM`. */
function lastMonth() {
  const date = new Date();
  date.setDate(1);
  date.setMonth(date.getMonth() - 1);
  const year = String(date.getFullYear());
  const month = String(date.getMonth() + 1).padStart(2, '0');
  return { year, month, period: `${year}-${month}` };
}

/** Types one line of a report in the form: CNP, service (from the nomenclature), date, quantity. */
async function typeLine(
  page: Page,
  index: number,
  line: { cnp: string; service: string; day: string; quantity?: number },
): Promise<void> {
  const { year, month } = lastMonth();
  const row = page.getByTestId('report-lines').getByRole('row').nth(index);
  await row.getByLabel('CNP').fill(line.cnp);
  await row.getByLabel('Cod serviciu').click();
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: line.service })
    .click();
  await row.getByLabel('Data').click();
  await row.getByLabel('Data').fill(`${line.day}.${month}.${year}`);
  await row.getByLabel('Data').press('Enter');
  if (line.quantity !== undefined) await row.getByLabel('Cantitate').fill(String(line.quantity));
}

test('3.1 and 3.2: DEMO-MF01 activates the desktop, imports its certificate, connects and reports', async ({
  browser,
}) => {
  const provider = scene.provider('DEMO-MF01');
  const key = provider.key ?? '';
  const desktop = await startDesktop(scene.url);
  desktops.push(desktop);
  const page = await desktopWindow(browser, desktop);
  await expect(page.getByTestId('header-provider')).toHaveText('Aplicație neactivată');
  await figure(page, 'fig19-desktop-start');

  // 3.1 Administrare / Activare: tick Reactivare bază de date curentă, Înainte.
  await openFromMenu(page, 'Administrare', 'Activare');
  const wizard = page.getByTestId('activation-wizard');
  await wizard.getByRole('checkbox', { name: 'Reactivare bază de date curentă' }).check();
  await figure(page, 'fig20-activare');
  await wizard.getByText('Setări de conexiune').click();
  await expect(wizard.getByLabel('Adresa serverului SIUI')).toHaveValue(scene.url);
  await wizard.getByText('Setări de conexiune').click();
  await wizard.getByRole('button', { name: 'Înainte' }).click();

  // The license serial in its 4 boxes (typing moves on by itself), the house, Înainte.
  await page
    .getByRole('textbox', { name: 'Grupa 1 din 4 a seriei de licență' })
    .pressSequentially(key.replace(/-/g, ''));
  for (const [index, group] of key.split('-').entries())
    await expect(
      page.getByRole('textbox', { name: `Grupa ${index + 1} din 4 a seriei de licență` }),
    ).toHaveValue(group);
  await expect(page.getByTestId('license-check')).toHaveText('Seria de licență este corectă.');
  await chooseOption(page, page.getByTestId('house-select'), 'Alba');
  await figure(page, 'fig21-serie-licenta');
  await wizard.getByRole('button', { name: 'Înainte' }).click();
  await expect(wizard.getByRole('alert').filter({ hasText: 'Aplicația a fost activată' })).toBeVisible();
  await expect(page.getByTestId('activation-result')).toContainText(provider.name);
  await expect(page.getByTestId('header-provider')).toHaveText(`${provider.name} · ${provider.code}`);
  await figure(page, 'fig22-activare-reusita');

  // 3.2 The certificate installed locally: Administrare / Certificat digital, the .p12 and its password.
  await openFromMenu(page, 'Administrare', 'Certificat digital');
  await expect(page.getByText('Nu a fost importat niciun certificat.')).toBeVisible();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Alegeți fișierul…' }).click();
  await (await chooser).setFiles(scene.certificateFile(provider.code, 'p12'));
  await page.getByLabel('Parola fișierului').fill(DEMO_P12_PASSWORD);
  await page.getByRole('button', { name: 'Importă' }).click();
  await expect(page.getByTestId('certificate-details')).toContainText(`CN=${provider.name}`);
  await figure(page, 'fig23-certificat-importat');

  // Conectare: the traffic light turns green.
  const bar = page.getByTestId('status-bar');
  await bar.getByRole('button', { name: 'Conectare' }).click();
  await expect(page.getByTestId('traffic-light')).toHaveAttribute('data-light', 'green');
  await expect(page.getByTestId('status-message')).toHaveText('Conectat la SIUI');
  await openFromMenu(page, 'Start');
  await expect(page.getByRole('img', { name: 'gata' })).toHaveCount(3);
  await figure(page, 'fig24-conectare-online');

  // A monthly report with a mistake (a CNP with a wrong check digit), checked locally, sent.
  const good = makeValidCnp({ birthDate: '1958-04-21', sex: 'F', countyCode: '01' });
  const other = makeValidCnp({ birthDate: '1990-11-02', sex: 'M', countyCode: '01' });
  const mistyped = `${other.slice(0, 12)}${(Number(other[12]) + 1) % 10}`;
  await openFromMenu(page, 'Raportări');
  await page.getByRole('button', { name: 'Raportare nouă' }).click();
  await typeLine(page, 1, { cnp: good, service: 'C001', day: '05' });
  await page.getByRole('button', { name: 'Adaugă linie' }).click();
  await typeLine(page, 2, { cnp: mistyped, service: 'C002', day: '12' });
  await page.getByRole('button', { name: 'Verifică' }).click();
  await expect(page.getByTestId('precheck-messages')).toContainText('CNP_CHECK_DIGIT');
  await figure(page, 'fig25-raportare-verificare');
  await page.getByRole('button', { name: 'Trimite' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Trimite' }).click();
  const answer = page.getByTestId('report-answer');
  await expect(answer).toContainText('Parțial validă');
  await expect(answer).toContainText('linii acceptate: 1 din 2');
  await expect(page.getByTestId('status-outbox')).toHaveText('Coada de trimitere: 0');

  // Double-clicking the status bar: the latest validation messages, at the bottom of the window.
  await bar.dblclick();
  const panel = page.getByTestId('messages-panel');
  await expect(panel.getByRole('row').filter({ hasText: mistyped })).toContainText(
    `${lastMonth().period}, linia 2`,
  );
  await figure(page, 'fig26-mesaje-validare');
  await bar.dblclick();
  await expect(panel).toBeHidden();
  await page.context().close();
});

test('Outbox: a report sent while SIUI cannot be reached waits, then leaves by itself', async ({
  browser,
}) => {
  const desktop = desktops[0];
  if (!desktop) throw new Error('the previous test started no desktop');
  const page = await desktopWindow(browser, desktop);
  await expect(page.getByTestId('traffic-light')).toHaveAttribute('data-light', 'green');

  // SIUI goes away: within seconds the light turns red and the application says it will retry.
  await scene.stop();
  await expect(page.getByTestId('traffic-light')).toHaveAttribute('data-light', 'red', { timeout: 30_000 });
  await expect(page.getByTestId('status-message')).toContainText('SIUI nu este accesibil');
  await openFromMenu(page, 'Raportări');
  await page.getByRole('button', { name: 'Raportare nouă' }).click();
  const cnp = makeValidCnp({ birthDate: '1984-06-30', sex: 'F', countyCode: '01' });
  await typeLine(page, 1, { cnp, service: 'C001', day: '19' });
  await page.getByRole('button', { name: 'Trimite' }).click();
  await expect(page.getByTestId('report-answer')).toContainText('În coada de trimitere');
  await expect(page.getByTestId('status-outbox')).toHaveText('Coada de trimitere: 1');
  await expect(page.getByTestId('traffic-light')).toHaveAttribute('data-light', 'red');
  await figure(page, 'fig29-coada-de-trimitere');

  // SIUI is back: the window reconnects by itself and delivers the report, once.
  await scene.start();
  await expect(page.getByTestId('traffic-light')).toHaveAttribute('data-light', 'green', { timeout: 60_000 });
  await expect(page.getByTestId('status-outbox')).toHaveText('Coada de trimitere: 0', { timeout: 30_000 });
  await expect(page.getByTestId('report-answer')).toContainText('Validă');
  await page.context().close();
});

test('The same program from the command line: send, messages, status', async () => {
  const desktop = desktops[0];
  if (!desktop) throw new Error('the desktop test started no desktop');
  const { period } = lastMonth();
  const file = path.join(desktop.dataDir, 'raportare.json');
  const cnp = makeValidCnp({ birthDate: '1972-02-29', sex: 'M', countyCode: '01' });
  fs.writeFileSync(
    file,
    JSON.stringify({ period, lines: [{ cnp, serviceCode: 'C001', date: `${period}-21`, quantity: 1 }] }),
  );
  const sent = await desktop.cli('send', file);
  expect(sent.code, sent.stderr).toBe(0);
  const messages = await desktop.cli('messages', '--limit', '5');
  expect(messages.code, messages.stderr).toBe(0);
  expect(messages.stdout).toContain('CNP_CHECK_DIGIT');
  const status = await desktop.cli('status');
  expect(status.code, status.stderr).toBe(0);
  expect(status.stdout).toContain('DEMO-MF01');
  expect(sent.stdout).toContain('Verificare locală: 0 erori, 0 avertismente.');
  expect(sent.stdout).toMatch(
    /Raportarea \d{4}-\d{2} a fost trimisă\. Stare SIUI: validă \(linii acceptate: 1 din 1\)\./,
  );
});

test('A refusal: DEMO-FA03’s suspended certificate, DEMO-LB05’s revoked by its issuer', async ({
  browser,
}) => {
  const pharmacy = scene.provider('DEMO-FA03');
  const desktop = await startDesktop(scene.url);
  desktops.push(desktop);
  // The same steps from the command line: activation, certificate.
  const activated = await desktop.cli('activate', '--serial', pharmacy.key ?? '', '--house', 'CAS-CJ');
  expect(activated.code, activated.stderr).toBe(0);
  const imported = await desktop.cli(
    'cert',
    'import',
    scene.certificateFile(pharmacy.code, 'p12'),
    '--password',
    DEMO_P12_PASSWORD,
  );
  expect(imported.code, imported.stderr).toBe(0);

  const connect = await desktop.cli('connect');
  expect(connect.code).toBe(1);
  expect(connect.stderr + connect.stdout).toContain('Certificatul este suspendat la casa de asigurări.');

  const page = await desktopWindow(browser, desktop);
  await page.getByTestId('status-bar').getByRole('button', { name: 'Conectare' }).click();
  await expect(page.getByTestId('status-message')).toHaveText(
    'Certificatul este suspendat la casa de asigurări. Nu aveți acces la funcțiile online.',
  );
  await expect(page.getByTestId('traffic-light')).toHaveAttribute('data-light', 'red');
  await figure(page, 'fig27-conectare-refuzata');
  await page.context().close();

  // DEMO-LB05: its certificate is registered, but its issuer's OCSP responder says revoked.
  const lab = scene.provider('DEMO-LB05');
  const other = await startDesktop(scene.url);
  desktops.push(other);
  expect((await other.cli('activate', '--serial', lab.key ?? '', '--house', 'CAS-CJ')).code).toBe(0);
  expect(
    (
      await other.cli(
        'cert',
        'import',
        scene.certificateFile(lab.code, 'p12'),
        '--password',
        DEMO_P12_PASSWORD,
      )
    ).code,
  ).toBe(0);
  const refused = await other.cli('connect');
  expect(refused.code).toBe(1);
  expect(refused.stderr + refused.stdout).toContain(
    'Autoritatea emitentă a revocat certificatul (keyCompromise).',
  );
});

test('The OCSP responder answers openssl ocsp: good, and revoked (certificateHold) when suspended', async () => {
  // As the guide shows it: the responder's certificate from /ocsp/responder.pem, then openssl ocsp.
  const responder = path.join(scene.dataDir, 'responder.pem');
  fs.writeFileSync(responder, await (await fetch(`${scene.url}/ocsp/responder.pem`)).text());
  const ca = path.join(scene.demoDir, 'ca', 'ca.pem');
  const ask = (code: string, url: string, verify: string[]) => {
    const run = spawnSync(
      'openssl',
      ['ocsp', '-issuer', ca, '-cert', scene.certificateFile(code, 'pem'), '-url', url, ...verify],
      { encoding: 'utf8' },
    );
    expect(run.status, run.stderr).toBe(0);
    return `${run.stdout}${run.stderr}`;
  };
  const good = ask('DEMO-MF01', `${scene.url}/ocsp`, ['-VAfile', responder]);
  expect(good).toContain('Response verify OK');
  expect(good).toMatch(/DEMO-MF01\.pem: good/);
  const held = ask('DEMO-FA03', `${scene.url}/ocsp`, ['-VAfile', responder]);
  expect(held).toContain('Response verify OK');
  expect(held).toMatch(/DEMO-FA03\.pem: revoked/);
  expect(held).toContain('Reason: certificateHold');
  // The demo CA's own responder (the issuer's, asked by SIUI at every connection).
  const atIssuer = ask('DEMO-LB05', `${scene.url}/demo/ca/ocsp`, ['-CAfile', ca]);
  expect(atIssuer).toMatch(/DEMO-LB05\.pem: revoked/);
});

test('Log OCSP and Raportări: what the providers did online, seen by their house', async ({ browser }) => {
  const cluj = await staffWindow(browser, 'operator.cluj');
  await openMenu(cluj, 'Log OCSP');
  await expect(cluj.getByRole('navigation')).toContainText(
    'Configurări/Configurare de sistem/Administrare OCSP/Log OCSP',
  );
  await expect(cluj.getByRole('row', { name: /Certificat suspendat/ }).first()).toContainText(
    scene.provider('DEMO-FA03').externalUser,
  );
  await figure(cluj, 'fig14-log-ocsp-cluj');

  const alba = await staffWindow(browser, 'operator.alba');
  await openMenu(alba, 'Log OCSP');
  await expect(alba.getByRole('row', { name: /Transmitere raportare/ }).first()).toContainText('Permis');
  await figure(alba, 'fig15-log-ocsp-alba');

  await openMenu(alba, 'Raportări');
  await expect(alba.getByRole('navigation')).toContainText('Furnizori/Raportări');
  const partial = alba.getByRole('row', { name: /Parțial validă/ }).first();
  await expect(partial).toBeVisible();
  await partial.getByRole('button', { name: /Extinde|Expand/i }).click();
  await expect(alba.getByRole('table', { name: 'Mesaje de validare' })).toContainText('CNP_CHECK_DIGIT');
  await figure(alba, 'fig28-raportari-consola');
});
