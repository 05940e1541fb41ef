import { readFile } from 'node:fs/promises';
import { type Download, expect, type Page, test } from '@playwright/test';
import { makeValidFiscalCode } from '@siui/core';
import { expectNoA11yViolations } from './support/a11y';
import { createCountyOperator } from './support/api-setup';
import { chooseOption, logIn, menuLink, screenshot } from './support/console';

// Seed 2.1 and 2.2.1 as a county operator of CAS-AB: a provider is created, opened with
// *Modifică*, given its activation key (*Generare parolă*), then a new one (*Resetare parolă*);
// its external user `<CUI>_CAS-AB` is found in *Utilizatori* by the provider code.
// Then the CSV import: a file with a bad row saves nothing, a good one creates its providers.

const stamp = Date.now().toString(36).toUpperCase();

function randomFiscalCode(): string {
  return makeValidFiscalCode(String(1_000_000 + Math.floor(Math.random() * 9_000_000)));
}

/** Runs `action`, expects it to download the usage agreement, and checks that it is a PDF. */
async function expectUsageAgreement(
  page: Page,
  action: () => Promise<void>,
  copy: string,
): Promise<Download> {
  const downloaded = page.waitForEvent('download');
  await action();
  const download = await downloaded;
  expect(download.suggestedFilename()).toBe('generatePassword.pdf');
  await download.saveAs(`test-results/downloads/${copy}`);
  const bytes = await readFile(`test-results/downloads/${copy}`);
  expect(bytes.subarray(0, 4).toString('latin1')).toBe('%PDF');
  return download;
}

function csvFile(name: string, lines: string[]) {
  return { name, mimeType: 'text/csv', buffer: Buffer.from(`${lines.join('\n')}\n`, 'utf8') };
}

test('seed 2.1 and 2.2.1: a county operator generates and resets a provider’s activation key', async ({
  page,
  request,
}) => {
  const operator = await createCountyOperator(request, 'CAS-AB', 'Mihaela Bărbulescu');
  const provider = {
    code: `AB-MF-${stamp}`,
    name: 'Cabinet Medical Dr. Ștefan Mureșan SRL',
    fiscalCode: randomFiscalCode(),
  };
  const externalUsername = `${provider.fiscalCode}_CAS-AB`;

  await logIn(page, operator.username, operator.password);
  await menuLink(page, 'Persoane juridice').click();
  await expect(page).toHaveURL(/\/furnizori\/persoane-juridice$/);
  await expect(page.getByRole('heading', { name: 'Persoane juridice' })).toBeVisible();
  await expect(page.getByRole('navigation')).toContainText('Furnizori/Persoane juridice');

  // *Nou*: the form checks the CUI's check digit before calling the server.
  await page.getByRole('button', { name: 'Nou' }).click();
  const drawer = page.getByRole('dialog', { name: 'Furnizor nou' });
  await drawer.getByLabel('Cod furnizor').fill(provider.code);
  await drawer
    .getByLabel('CUI (cod fiscal)')
    .fill(`${provider.fiscalCode.slice(0, -1)}${(Number(provider.fiscalCode.slice(-1)) + 1) % 10}`);
  await drawer.getByLabel('Denumire').fill(provider.name);
  await chooseOption(page, drawer.getByLabel('Categorie'), 'MF —');
  await drawer.getByLabel('Număr contract').fill('AB-2026-117');
  await drawer.getByLabel('Început contract').fill('01.01.2026');
  await drawer.getByLabel('Început contract').press('Enter');
  await drawer.getByLabel('Sfârșit contract').fill('31.12.2027');
  await drawer.getByLabel('Sfârșit contract').press('Enter');
  await drawer.getByLabel('Reprezentant legal').fill('Ștefan Mureșan');
  await drawer.getByRole('button', { name: 'Salvează' }).click();
  await expect(drawer.getByText('CUI invalid: cifra de control nu corespunde.')).toBeVisible();
  await expectNoA11yViolations(page, 'providers-form-errors');
  await drawer.getByLabel('CUI (cod fiscal)').fill(`RO${provider.fiscalCode}`);
  await page.mouse.move(0, 0);
  await expectNoA11yViolations(page, 'providers-create-form');
  await screenshot(page, 'providers-create-form', { fullPage: false });
  await drawer.getByRole('button', { name: 'Salvează' }).click();
  await expect(page.getByRole('heading', { name: provider.name })).toBeVisible();

  // Seed 2.1: in *Furnizori / Persoane juridice* select the provider and press *Modifică*.
  await page.getByRole('button', { name: 'Înapoi' }).click();
  await page.getByRole('searchbox', { name: 'Caută după cod, CUI sau denumire' }).fill('stefan muresan');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/q=stefan/);
  const row = page.getByRole('row', { name: new RegExp(provider.code) });
  await expect(row).toContainText(provider.fiscalCode); // saved without the RO prefix
  await expect(row).toContainText('Fără cheie');
  await expect(row).toContainText('01.01.2026 – 31.12.2027');
  await expectNoA11yViolations(page, 'providers-search-without-diacritics');
  await screenshot(page, 'providers-search-without-diacritics');
  await row.getByRole('button', { name: 'Modifică' }).click();

  const keyPanel = page.getByTestId('activation-key-panel');
  await expect(page.getByRole('heading', { name: provider.name })).toBeVisible();
  await expect(keyPanel).toContainText('Furnizorul nu are încă o cheie de activare.');
  await expect(keyPanel.getByRole('button', { name: 'Resetare parolă' })).toHaveCount(0);
  await page.getByRole('tab', { name: 'Utilizator extern' }).click();
  await expect(page.getByRole('tabpanel')).toContainText(`cu numele ${externalUsername}`);
  await page.getByRole('tab', { name: 'Date furnizor' }).click();
  await expectNoA11yViolations(page, 'seed-fig1-generare-parola');
  await screenshot(page, 'seed-fig1-generare-parola');

  // *Generare parolă*: generatePassword.pdf arrives, and the screen says what to do with it.
  await expectUsageAgreement(
    page,
    () => keyPanel.getByRole('button', { name: 'Generare parolă' }).click(),
    'generatePassword-1.pdf',
  );
  const issued = page.getByTestId('key-issued');
  await expect(issued).toContainText('Cheia de activare a fost generată.');
  await expect(issued).toContainText('Tipăriți-o și înmânați-o furnizorului');
  await expect(issued).toContainText(`Utilizatorul extern ${externalUsername} există în SIUI.`);
  await expect(keyPanel.getByRole('button', { name: 'Resetare parolă' })).toBeVisible();
  await expect(keyPanel.getByRole('button', { name: 'Generare parolă' })).toHaveCount(0);
  await expect(keyPanel).toContainText(`Cheie activă (generația 1)`);
  await expect(page.getByLabel('CUI (cod fiscal)')).toBeDisabled();
  await expect(page.getByText(`utilizatorul extern ${externalUsername} a fost creat cu el`)).toBeVisible();
  await page.mouse.move(0, 0);
  await expectNoA11yViolations(page, 'seed-fig1-cheie-generata');
  await screenshot(page, 'seed-fig1-cheie-generata');

  // *Resetare parolă* asks first: the old key stops working at once.
  await keyPanel.getByRole('button', { name: 'Resetare parolă' }).click();
  const confirm = page.getByRole('dialog', { name: `Resetați parola furnizorului ${provider.code}?` });
  await expect(confirm).toContainText('nu va mai funcționa din acest moment');
  await expect(confirm).toContainText('trebuie reactivată');
  await expectNoA11yViolations(page, 'seed-fig1b-resetare-confirmare');
  await screenshot(page, 'seed-fig1b-resetare-confirmare', { fullPage: false });
  await expectUsageAgreement(
    page,
    () => confirm.getByRole('button', { name: 'Resetare parolă' }).click(),
    'generatePassword-2.pdf',
  );
  await expect(issued).toContainText('Cheia de activare a fost resetată; cea veche nu mai funcționează.');
  await expect(keyPanel).toContainText(`Cheie activă (generația 2)`);

  await page.getByRole('tab', { name: 'Istoric chei' }).click();
  const history = page.getByRole('tabpanel');
  await expect(history.getByRole('row')).toHaveCount(3); // header + two keys
  await expect(history.getByRole('row', { name: /Resetare parolă/ })).toContainText('Cheie curentă');
  await expect(history.getByRole('row', { name: /Generare parolă/ })).toContainText(`Revocată la`);
  await expect(history).toContainText(operator.username);
  await expectNoA11yViolations(page, 'providers-key-history');
  await screenshot(page, 'providers-key-history');

  await page.getByRole('tab', { name: 'Instalări' }).click();
  await expect(page.getByRole('tabpanel')).toContainText('nu a fost încă activată');

  await page.getByRole('tab', { name: 'Utilizator extern' }).click();
  await expect(page.getByRole('tabpanel').getByRole('link', { name: externalUsername })).toBeVisible();
  await expectNoA11yViolations(page, 'providers-external-user-tab');
  await screenshot(page, 'providers-external-user-tab');

  // Seed 2.2.1: filtering the users by the provider code finds the external user made with the key
  // (figure 4); without the filter the list shows internal and external users alike (figure 3).
  await page
    .getByRole('link', { name: `Vezi-l în Utilizatori (filtrat după codul ${provider.code})` })
    .click();
  await expect(page).toHaveURL(
    new RegExp(`/configurari/securitate/utilizatori\\?providerCode=${provider.code}$`),
  );
  await expect(page.getByRole('searchbox', { name: 'Cod furnizor' })).toHaveValue(provider.code);
  const userRow = page.getByRole('row', { name: new RegExp(externalUsername) });
  await expect(userRow).toContainText('Extern');
  await expect(userRow).toContainText(provider.name);
  await expect(page.getByRole('row')).toHaveCount(2); // header + the external user
  await expectNoA11yViolations(page, 'seed-fig4-utilizator-generat');
  await screenshot(page, 'seed-fig4-utilizator-generat');

  await page.getByRole('button', { name: 'Resetare filtre' }).click();
  await expect(page.getByRole('cell', { name: operator.username })).toBeVisible();
  await expect(page.getByRole('cell', { name: externalUsername })).toBeVisible();
  await expectNoA11yViolations(page, 'seed-fig3-utilizatori');
  await screenshot(page, 'seed-fig3-utilizatori');
});

test('CSV import: a file with a bad row saves nothing, a good file creates its providers', async ({
  page,
  request,
}) => {
  const operator = await createCountyOperator(request, 'CAS-AB', 'Radu Țîrcă');
  const header = 'cod;denumire;cui;categorie;nr_contract;data_inceput_contract;data_sfarsit_contract;activ';
  const pharmacy = `AB-FARM-${stamp}`;
  const lab = `AB-PARA-${stamp}`;
  const dialysis = `AB-DIA-${stamp}`;
  const good = [
    `${pharmacy};Farmacia Sfântul Pantelimon SRL;${randomFiscalCode()};FARM;F-118;01.02.2026;31.12.2027;da`,
    `${lab};Laborator Analize Medicale Alba SRL;${randomFiscalCode()};PARA;P-77;2026-01-01;2026-12-31;da`,
    `${dialysis};Centrul de Dializă Țara Moților SRL;${randomFiscalCode()};DIA;D-9;01.01.2024;31.12.2025;nu`,
  ];

  await logIn(page, operator.username, operator.password);
  await menuLink(page, 'Persoane juridice').click();
  await page.getByRole('button', { name: 'Import CSV' }).click();
  const modal = page.getByRole('dialog', { name: 'Import CSV furnizori' });
  await expect(modal).toContainText('totul sau nimic');
  const template = page.waitForEvent('download');
  await modal.getByRole('button', { name: 'Descarcă modelul CSV (antetul coloanelor)' }).click();
  const templateFile = await template;
  expect(templateFile.suggestedFilename()).toBe('model-import-furnizori.csv');
  await templateFile.saveAs('test-results/downloads/model-import-furnizori.csv');
  expect(await readFile('test-results/downloads/model-import-furnizori.csv', 'utf8')).toContain(
    'cod;denumire;cui;categorie;nr_contract;data_inceput_contract;data_sfarsit_contract',
  );

  // One good row and one with a wrong CUI: nothing is saved, the row error says where.
  await modal
    .locator('input[type=file]')
    .setInputFiles(
      csvFile('furnizori-gresit.csv', [
        header,
        good[0] ?? '',
        `${lab};Laborator X;12345678;PARA;P-77;2026-01-01;2026-12-31;da`,
      ]),
    );
  await expect(modal).toContainText('furnizori-gresit.csv');
  await expectNoA11yViolations(page, 'providers-import-modal');
  await screenshot(page, 'providers-import-modal', { fullPage: false });
  await modal.getByRole('button', { name: 'Importă' }).click();
  await expect(modal).toContainText('Fișierul nu a fost importat. Nu s-a salvat nimic.');
  await expect(modal).toContainText('Un rând are o eroare.');
  const errorRow = modal.getByRole('row', { name: /cui/ });
  await expect(errorRow).toContainText('3');
  await expect(errorRow).toContainText('CUI');
  await expectNoA11yViolations(page, 'providers-import-errors');
  await screenshot(page, 'providers-import-errors', { fullPage: false });
  await modal.locator('.ant-modal-footer').getByRole('button', { name: 'Închide' }).click();
  await expect(modal).toBeHidden(); // focus goes back to *Import CSV* once the dialog has left

  await page.getByRole('searchbox', { name: 'Cod furnizor' }).fill(pharmacy);
  await page.getByRole('searchbox', { name: 'Cod furnizor' }).press('Enter');
  await expect(page).toHaveURL(new RegExp(`code=${pharmacy}`));
  await expect(page.getByText('Niciun furnizor nu corespunde filtrelor.')).toBeVisible(); // the good row was not saved either
  await expectNoA11yViolations(page, 'providers-empty-filter');

  // The corrected file: its providers are created.
  await page.getByRole('button', { name: 'Import CSV' }).click();
  await modal.locator('input[type=file]').setInputFiles(csvFile('furnizori.csv', [header, ...good]));
  await modal.getByRole('button', { name: 'Importă' }).click();
  await expect(modal).toContainText('Import reușit');
  await expect(modal).toContainText('3 rânduri: 3 furnizori noi, 0 furnizori actualizați.');
  await expectNoA11yViolations(page, 'providers-import-success');
  await screenshot(page, 'providers-import-success', { fullPage: false });
  await modal.locator('.ant-modal-footer').getByRole('button', { name: 'Închide' }).click();
  await expect(modal).toBeHidden(); // focus goes back to *Import CSV* once the dialog has left

  const row = page.getByRole('row', { name: new RegExp(pharmacy) });
  await expect(row).toContainText('Farmacia Sfântul Pantelimon SRL');
  await expect(row).toContainText('FARM');
  await expect(row).toContainText('Fără cheie');

  // The list of this run's providers: an ended contract is marked, an inactive provider says so.
  await page.getByRole('button', { name: 'Resetare filtre' }).click();
  await expect(page).not.toHaveURL(/code=/);
  await page.getByRole('searchbox', { name: 'Caută după cod, CUI sau denumire' }).fill(stamp);
  // What the user waits on: the list asked for with this search has arrived (not the previous page).
  const searched = providersListResponse(page, stamp);
  await page.getByRole('searchbox', { name: 'Caută după cod, CUI sau denumire' }).press('Enter');
  await searched;
  await expect(page).toHaveURL(new RegExp(`q=${stamp}`));
  const ended = page.getByRole('row', { name: new RegExp(dialysis) });
  await expect(ended).toContainText('01.01.2024 – 31.12.2025');
  await expect(ended).toContainText('încheiat');
  await expect(ended).toContainText('Inactiv');
  await page.mouse.move(0, 0);
  await expectNoA11yViolations(page, 'providers-list');
  await screenshot(page, 'providers-list');

  // The same screens in English.
  const refetched = providersListResponse(page, stamp); // a language switch asks for the list again
  await page.getByText('EN', { exact: true }).click();
  await refetched;
  await expect(page.getByRole('heading', { name: 'Legal entities' })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'Activation key' })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`q=${stamp}`));
  await expect(ended).toContainText('ended');
  await expectNoA11yViolations(page, 'providers-list-english');
  await screenshot(page, 'providers-list-english');
  await ended.getByRole('button', { name: 'Edit' }).click();
  await expect(page.getByTestId('activation-key-panel')).toContainText(
    'The provider has no activation key yet.',
  );
  await expect(page.getByRole('button', { name: 'Generate password' })).toBeVisible();
  await expectNoA11yViolations(page, 'providers-detail-english');
  await screenshot(page, 'providers-detail-english');
});

/** The providers list's answer to the search `q` (the request the page makes, however it is paged). */
function providersListResponse(page: Page, q: string) {
  return page.waitForResponse((response) => {
    const url = new URL(response.url());
    return url.pathname === '/api/providers' && url.searchParams.get('q') === q && response.ok();
  });
}
