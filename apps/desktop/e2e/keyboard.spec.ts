import type { Locator, Page } from '@playwright/test';
import { makeValidCnp } from '@siui/core';
import { expectNoA11yViolations } from '../../web/e2e/support/a11y';
import { sampleReport } from '../test/desktop-world';
import { describeFocus, expect, isFocused, tabTo, test } from './support/fixtures';

// The seed's provider workflow (figures 8–11) by keyboard alone: Tab and Shift+Tab, the arrows,
// Enter, Space, Escape and typing. Nothing is clicked or filled; the only help is the browser's
// file chooser, a native dialog of the operating system, which the test answers once the keyboard
// has opened it.

/** Moves along the menu bar with the arrows to the item named `name` (the bar is one Tab stop). */
async function arrowTo(page: Page, name: string, key = 'ArrowRight'): Promise<void> {
  const item = page.getByRole('menuitem', { name, exact: true });
  for (let press = 0; press < 8; press += 1) {
    if (await isFocused(item)) return;
    const before = await describeFocus(page);
    await page.keyboard.press(key);
    // The menu moves the focus on the next frame (a submenu once it has opened): wait for it, as
    // the person waits to see where the highlight went before pressing again.
    await expect.poll(() => describeFocus(page)).not.toBe(before);
  }
  await expect(item, `${key} reaches ${name}; focus on ${await describeFocus(page)}`).toBeFocused();
}

/** Shift+Tab back to the menu bar, then along it; Enter opens the page and focus moves onto it. */
async function openByKeyboard(page: Page, ...path: string[]): Promise<void> {
  await tabTo(page, page.getByRole('menu').first(), { back: true });
  const [top, sub] = path;
  await arrowTo(page, top ?? '');
  if (sub) {
    // The submenu opens downwards with ArrowDown, as in a desktop program's menu bar.
    await arrowTo(page, sub, 'ArrowDown');
  }
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
}

async function chooseFile(page: Page, button: Locator, file: string): Promise<void> {
  await tabTo(page, button);
  const chooser = page.waitForEvent('filechooser');
  await page.keyboard.press('Enter');
  await (await chooser).setFiles(file);
}

test('seed 3.1–3.2 by keyboard alone: activation, certificate, Conectare, a report sent, its messages', async ({
  page,
  desktopApp,
  siui,
}) => {
  const { provider, leaf } = await siui.registeredProvider();
  const p12 = leaf.pkcs12('Parola-2026');
  const { period } = sampleReport();
  const [year, month] = period.split('-');

  await page.goto(await desktopApp.launchUrl());
  await expect(page.getByTestId('status-bar')).toContainText('Deconectat');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Sari la conținut' })).toBeFocused();

  // Figure 8–9: Administrare → Activare, the serial typed into the four boxes, the house by typing.
  await tabTo(page, page.getByRole('menu').first());
  await arrowTo(page, 'Administrare');
  await arrowTo(page, 'Activare', 'ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
  const wizard = page.getByTestId('activation-wizard');
  await tabTo(page, wizard.getByRole('checkbox', { name: 'Reactivare bază de date curentă' }));
  await page.keyboard.press('Space');
  await expect(wizard.getByRole('checkbox')).toBeChecked();
  await tabTo(page, wizard.getByRole('button', { name: 'Înainte' }));
  await page.keyboard.press('Enter');
  const firstBox = page.getByRole('textbox', { name: 'Grupa 1 din 4 a seriei de licență' });
  await expect(firstBox).toBeFocused();
  await page.keyboard.type(provider.key.replace(/-/g, '').toLowerCase());
  await expect(page.getByTestId('license-check')).toHaveText('Seria de licență este corectă.');
  await tabTo(page, page.getByRole('combobox', { name: 'Casă de asigurări' }));
  await page.keyboard.type('Alba');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('house-select')).toContainText('Casa de Asigurări de Sănătate Alba (CAS-AB)');
  await tabTo(page, wizard.getByRole('button', { name: 'Înainte' }));
  await page.keyboard.press('Enter');
  const result = page.getByTestId('activation-result');
  await expect(result).toContainText(provider.name);
  // The button pressed is gone with its step: the focus lands on the result, not on the body.
  await expect(page.getByTestId('activation-done')).toBeFocused();

  // Certificat digital: the .p12 chosen by keyboard, a wrong password, then the right one.
  await openByKeyboard(page, 'Administrare', 'Certificat digital');
  await chooseFile(page, page.getByRole('button', { name: 'Alegeți fișierul…' }), p12);
  const password = page.getByLabel('Parola fișierului');
  await tabTo(page, password);
  await page.keyboard.type('greșită');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('certificate-error')).toHaveText(
    'Parola fișierului PKCS#12 (.p12/.pfx) este greșită.',
  );
  await expect(password).toBeFocused();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('Parola-2026');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('certificate-details')).toContainText(`CN=${provider.name}`);

  // Figure 10: Conectare from the status bar.
  const bar = page.getByTestId('status-bar');
  await tabTo(page, bar.getByRole('button', { name: 'Conectare' }));
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('traffic-light')).toHaveAttribute('data-light', 'green');
  await expect(bar.getByRole('button', { name: 'Deconectare' })).toBeFocused();

  // Raportări: a new report, two lines typed (the second with a wrong CNP check digit), Verifică.
  await openByKeyboard(page, 'Raportări');
  await tabTo(page, page.getByRole('button', { name: 'Raportare nouă' }));
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Perioada (luna)')).toHaveValue(`${month}.${year}`);
  const good = makeValidCnp({ birthDate: '1990-07-21', sex: 'F', sequence: 12 });
  const wrong = `${good.slice(0, 12)}${(Number(good.slice(12)) + 1) % 10}`;
  const lines = page.getByTestId('report-lines');
  const typeLine = async (row: Locator, cnp: string, service: string, day: string) => {
    await tabTo(page, row.getByLabel('CNP'));
    await page.keyboard.type(cnp);
    await page.keyboard.press('Tab');
    await expect(row.getByRole('combobox', { name: 'Cod serviciu' })).toBeFocused();
    await page.keyboard.type(service);
    await page.keyboard.press('Enter');
    await expect(row).toContainText(service);
    await tabTo(page, row.getByLabel('Data'), { limit: 1 });
    await page.keyboard.type(`${day}.${month}.${year}`);
    await page.keyboard.press('Enter');
    await expect(row.getByLabel('Data')).toHaveValue(`${day}.${month}.${year}`);
    // Past the date's own clear button (“Șterge”).
    await tabTo(page, row.getByLabel('Cantitate'), { limit: 2 });
    await page.keyboard.press('ArrowUp');
    await expect(row.getByLabel('Cantitate')).toHaveValue('2');
  };
  await typeLine(lines.getByRole('row').nth(1), good, 'C002', '12');
  await tabTo(page, page.getByRole('button', { name: 'Adaugă linie' }));
  await page.keyboard.press('Enter');
  await typeLine(lines.getByRole('row').nth(2), wrong, 'C001', '13');
  await tabTo(page, page.getByRole('button', { name: 'Verifică' }));
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('precheck-messages')).toContainText('CNP_CHECK_DIGIT');

  // Trimite: the confirmation (one line has an error) takes the focus; Enter on its Trimite sends.
  await tabTo(page, page.getByRole('button', { name: 'Trimite', exact: true }));
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('o eroare');
  await expect(dialog.getByRole('button', { name: 'Trimite' })).toBeFocused();
  await expectNoA11yViolations(page, 'keyboard: send confirmation');
  await page.keyboard.press('Enter');
  const answer = page.getByTestId('report-answer');
  await expect(answer).toContainText('Parțial validă');
  await expect(answer).toContainText('linii acceptate: 1 din 2');

  // Figure 11: the validation messages from the status bar's Mesaje, then Escape.
  const messagesButton = bar.getByRole('button', { name: 'Mesaje' });
  await tabTo(page, messagesButton);
  await page.keyboard.press('Enter');
  const panel = page.getByTestId('messages-panel');
  await expect(panel).toBeFocused();
  await expect(panel.getByRole('row').filter({ hasText: 'CNP_CHECK_DIGIT' })).toContainText(
    `${period}, linia 2`,
  );
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await expect(messagesButton).toBeFocused();
});

test('form errors are tied to their field and read out: the serial check, a wrong certificate password', async ({
  page,
  desktopApp,
  siui,
}) => {
  const { provider, leaf } = await siui.registeredProvider();
  expect((await desktopApp.cli('activate', '--serial', provider.key, '--house', 'CAS-AB')).code).toBe(0);
  await page.goto(await desktopApp.launchUrl());
  await expect(page.getByTestId('status-bar')).toContainText('Deconectat');

  await tabTo(page, page.getByRole('menu').first());
  await openByKeyboard(page, 'Administrare', 'Activare');
  await tabTo(page, page.getByTestId('activation-wizard').getByRole('button', { name: 'Înainte' }));
  await page.keyboard.press('Enter');
  const firstBox = page.getByRole('textbox', { name: 'Grupa 1 din 4 a seriei de licență' });
  await expect(firstBox).toBeFocused();
  // The check speaks politely as it changes, and each box is described by it.
  const check = page.getByTestId('license-check');
  await expect(check).toHaveAttribute('aria-live', 'polite');
  await page.keyboard.type('AB2U');
  const badCharacter =
    'Caracterul „U” nu poate apărea într-o serie de licență (cifre și litere, fără I, L, O, U).';
  await expect(check).toHaveText(badCharacter);
  await expect(firstBox).toHaveAttribute('aria-invalid', 'true');
  await expect(firstBox).toHaveAccessibleDescription(badCharacter);
  await page.keyboard.press('Backspace');
  await expect(firstBox).not.toHaveAttribute('aria-invalid', 'true');

  // A wrong password: the alert is read out at once, the password field is marked and described.
  await openByKeyboard(page, 'Administrare', 'Certificat digital');
  await chooseFile(page, page.getByRole('button', { name: 'Alegeți fișierul…' }), leaf.pkcs12('Parola-2026'));
  const password = page.getByLabel('Parola fișierului');
  await tabTo(page, password);
  await page.keyboard.type('greșită');
  await page.keyboard.press('Enter');
  const wrong = 'Parola fișierului PKCS#12 (.p12/.pfx) este greșită.';
  await expect(page.getByRole('alert').filter({ hasText: wrong })).toBeVisible();
  await expect(password).toHaveAttribute('aria-invalid', 'true');
  await expect(password).toHaveAccessibleDescription(wrong);
  await expect(page.getByRole('button', { name: 'Alegeți fișierul…' })).not.toHaveAttribute(
    'aria-invalid',
    'true',
  );
  await expectNoA11yViolations(page, 'certificate import, wrong password');
});
