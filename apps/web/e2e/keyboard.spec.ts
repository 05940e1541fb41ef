import { readFile } from 'node:fs/promises';
import { expect, type Locator, type Page, test } from '@playwright/test';
import { formatSerialForDisplay, generateLicenseKey, makeValidFiscalCode } from '@siui/core';
import { createCountyOperator } from './support/api-setup';
import { menuLink } from './support/console';
import { expectVisibleFocus, tabTo } from './support/keyboard';
import { activate } from './support/online-gateway';
import { addIssuingAuthority } from './support/provider-online';
import { issueClientCertificate } from './support/test-pki';

// The seed's county workflow (figures 1–7) by a clerk who uses no mouse: Tab, Shift+Tab, Enter,
// Space, the arrows, Escape and typing. Locators only check where focus is and what is shown.

const stamp = Date.now().toString(36).toUpperCase();

// Seven figures walked one key at a time (each Tab is a round trip to the browser): more than the
// project's 60 s on a busy machine.
test.setTimeout(180_000);

async function focusIsInside(container: Locator): Promise<boolean> {
  return container.evaluate((element) => element.contains(document.activeElement));
}

async function expectFocusInside(container: Locator): Promise<void> {
  await expect.poll(() => focusIsInside(container), { message: 'focus moved into it' }).toBe(true);
}

/** The arrow keys move along a tab strip; stops when `tab` has focus. */
async function arrowTo(page: Page, tab: Locator, key = 'ArrowRight'): Promise<void> {
  for (
    let press = 0;
    press < 6 && !(await tab.evaluate((element) => element === document.activeElement));
    press++
  )
    await page.keyboard.press(key);
  await expect(tab).toBeFocused();
}

/**
 * Picks an option of a select: types to search it (a select without search opens on the first key),
 * moves to it with ArrowDown if typing did not, and takes it with Enter.
 */
async function choose(
  page: Page,
  select: Locator,
  text: string,
  options: { unique?: boolean } = {},
): Promise<void> {
  await tabTo(page, select);
  await page.keyboard.type(text);
  const active = page.locator('.ant-select-dropdown:visible .ant-select-item-option-active');
  await expect(active).toBeVisible();
  // A select searched on the server: what the user waits on is the list narrowed to the one match.
  if (options.unique)
    await expect(page.locator('.ant-select-dropdown:visible .ant-select-item-option')).toHaveCount(1);
  for (let press = 0; press < 10; press++) {
    const shown = (await active.textContent()) ?? '';
    if (shown.includes(text)) break;
    await page.keyboard.press('ArrowDown');
    await expect(active).not.toHaveText(shown); // the list has moved before it is read again
  }
  await expect(active).toContainText(text);
  await page.keyboard.press('Enter');
}

/** Tab to a field, then type its value. */
async function typeInto(page: Page, field: Locator, text: string): Promise<void> {
  await tabTo(page, field);
  await page.keyboard.type(text);
}

test('seed figures 1–7 with the keyboard only: provider, activation key, users, certificate, suspension, Log OCSP', async ({
  page,
  request,
}) => {
  const operator = await createCountyOperator(request, 'CAS-AB', 'Ioana Tastatură');
  const caName = `Keyboard Test CA ${stamp}`;
  const ca = await addIssuingAuthority(request, caName);
  const leaf = issueClientCertificate(ca, 'Cabinet Medical Tastatura SRL', 'tastatura', 365);
  const serialShown = formatSerialForDisplay(leaf.serial);
  // A refused activation at CAS-AB, for the county's Log OCSP.
  expect((await activate(request, generateLicenseKey(), 'CAS-AB')).status).toBe(401);
  const provider = {
    code: `AB-KB-${stamp}`,
    name: 'Cabinet Medical Tastatura SRL',
    fiscalCode: makeValidFiscalCode(String(3_000_000 + Math.floor(Math.random() * 6_000_000))),
  };

  // Log in: the fields and the button in Tab order, Enter submits.
  await page.goto('/autentificare');
  await typeInto(page, page.getByLabel('Utilizator', { exact: true }), operator.username);
  await typeInto(page, page.getByLabel('Parolă', { exact: true }), operator.password);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('header-user')).toBeVisible();

  // Figure 1: the menu's links are Tab stops; Enter opens *Persoane juridice*.
  await tabTo(page, menuLink(page, 'Persoane juridice'), { limit: 60 });
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/furnizori\/persoane-juridice$/);

  // *Nou* opens the drawer and puts focus in it; the form is filled field by field.
  const newButton = page.getByRole('button', { name: 'Nou' });
  await tabTo(page, newButton);
  await page.keyboard.press('Enter');
  const drawer = page.getByRole('dialog', { name: 'Furnizor nou' });
  await expect(drawer).toBeVisible();
  await expect(drawer.getByLabel('Cod furnizor')).toBeFocused(); // its first field, inside the dialog
  await page.keyboard.press('Escape'); // closes it, and focus goes back to *Nou*
  await expect(drawer).toBeHidden();
  await expect(newButton).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(drawer.getByLabel('Cod furnizor')).toBeFocused();
  await typeInto(page, drawer.getByLabel('Cod furnizor'), provider.code);
  await typeInto(page, drawer.getByLabel('CUI (cod fiscal)'), provider.fiscalCode);
  await typeInto(page, drawer.getByLabel('Denumire'), provider.name);
  await typeInto(page, drawer.getByLabel('Categorie'), 'MF —');
  await page.keyboard.press('Enter');
  await expect(drawer.locator('.ant-select-content, .ant-select-selector').first()).toContainText('MF');
  await typeInto(page, drawer.getByLabel('Număr contract'), 'AB-2026-200');
  await typeInto(page, drawer.getByLabel('Început contract'), '01.01.2026');
  await page.keyboard.press('Enter');
  await typeInto(page, drawer.getByLabel('Sfârșit contract'), '31.12.2027');
  await page.keyboard.press('Enter');
  await tabTo(page, drawer.getByRole('button', { name: 'Salvează' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: provider.name })).toBeVisible();

  // Figures 2–3: *Generare parolă* by Enter downloads generatePassword.pdf.
  const keyPanel = page.getByTestId('activation-key-panel');
  await tabTo(page, keyPanel.getByRole('button', { name: 'Generare parolă' }));
  const downloaded = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  const download = await downloaded;
  expect(download.suggestedFilename()).toBe('generatePassword.pdf');
  await download.saveAs('test-results/downloads/generatePassword-keyboard.pdf');
  expect(
    (await readFile('test-results/downloads/generatePassword-keyboard.pdf'))
      .subarray(0, 4)
      .toString('latin1'),
  ).toBe('%PDF');
  await expect(page.getByTestId('key-issued')).toContainText('Cheia de activare a fost generată.');
  await expectVisibleFocus(page);

  // Figures 3–4: the *Utilizator extern* tab (the arrows move along the tabs, Enter opens one), then
  // its link to *Utilizatori*, filtered by the provider code.
  await tabTo(page, page.getByRole('tab', { name: 'Date furnizor' }), { backwards: true });
  await arrowTo(page, page.getByRole('tab', { name: 'Utilizator extern' }));
  await page.keyboard.press('Enter');
  const externalUsername = `${provider.fiscalCode}_CAS-AB`;
  await expect(page.getByRole('tabpanel')).toContainText(externalUsername);
  await tabTo(page, page.getByRole('link', { name: /^Vezi în lista Utilizatori/ }));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/configurari\/securitate\/utilizatori\?providerCode=/);
  await expect(page.getByRole('row', { name: new RegExp(externalUsername) })).toContainText('Extern');

  // Figures 5–6: *Certificate utilizatori* → *Nou*, registered by its serial; Enter saves.
  await tabTo(page, menuLink(page, 'Certificate utilizatori'), { backwards: true, limit: 60 });
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/certificate-utilizatori$/);
  await tabTo(page, page.getByRole('button', { name: 'Nou' }));
  await page.keyboard.press('Enter');
  const certificateDrawer = page.getByRole('dialog', { name: 'Certificat utilizator nou' });
  await expect(certificateDrawer.getByLabel('Utilizator extern')).toBeFocused();
  await choose(page, certificateDrawer.getByLabel('Utilizator extern'), provider.code, { unique: true });
  await choose(page, certificateDrawer.getByLabel('Autoritate emitentă'), caName, { unique: true });
  await typeInto(page, certificateDrawer.getByLabel('Număr serial'), leaf.serial);
  await tabTo(page, certificateDrawer.getByRole('button', { name: 'Salvează' }));
  await page.keyboard.press('Enter');
  const title = page.getByRole('heading', { level: 3 });
  await expect(title).toContainText(serialShown);
  await expect(title).toContainText('Suspendat: NU');

  // Figure 7: Space ticks *Suspendat*; the dialog takes focus, Escape closes it and gives focus back.
  const suspendedBox = page.getByRole('checkbox', { name: 'Suspendat' });
  await tabTo(page, suspendedBox);
  await page.keyboard.press('Space');
  const dialog = page.getByRole('dialog', { name: `Suspendați certificatul ${serialShown}?` });
  await expect(dialog).toBeVisible();
  await expectFocusInside(dialog);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(suspendedBox).toBeFocused();
  await expect(suspendedBox).not.toBeChecked();
  await page.keyboard.press('Space');
  await expectFocusInside(dialog);
  await typeInto(page, dialog.getByLabel('Motiv (opțional)'), 'Cerere telefonică');
  await tabTo(page, dialog.getByRole('button', { name: 'Suspendă' }));
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(title).toContainText('Suspendat: DA');
  await expect(suspendedBox).toBeFocused();

  // The list: *Înapoi*, the code filter typed and Enter, the row's *Detalii*, the *Suspendat* filter.
  await tabTo(page, page.getByRole('button', { name: 'Înapoi' }), { backwards: true });
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/certificate-utilizatori$/);
  await typeInto(page, page.getByRole('searchbox', { name: 'Cod furnizor' }), provider.code);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`providerCode=${provider.code}`));
  const row = page.getByRole('row', { name: new RegExp(serialShown) });
  await expect(row).toContainText('DA');
  await choose(page, page.getByLabel('Suspendat', { exact: true }), 'Suspendat: DA');
  await expect(page).toHaveURL(/suspended=true/);
  await expect(page.getByRole('row')).toHaveCount(2);
  await tabTo(page, row.getByRole('button', { name: 'Detalii' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 3 })).toContainText(serialShown);

  // Log OCSP: the *Rezultat* filter by keyboard.
  await tabTo(page, menuLink(page, 'Log OCSP'), { backwards: true, limit: 60 });
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/log-ocsp$/);
  await choose(page, page.getByLabel('Rezultat'), 'Refuzat');
  await expect(page).toHaveURL(/result=REFUSED/);
  await expect(page.getByRole('row', { name: /Cheie de activare invalidă/ }).first()).toBeVisible();
});
