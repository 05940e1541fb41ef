import { expectNoA11yViolations } from '../../web/e2e/support/a11y';
import { chooseOption, expect, openFromMenu, screenshot, test } from './support/fixtures';

// Seed 3.1, figures 8 and 9: Administrare / Activare, the re-activation tick, the license serial in
// four boxes checked as it is typed, the insurance house, and the provider's identity.

/** The same key with one character changed: the check symbols catch it. */
function withTypo(key: string): string {
  return `${key[0] === 'A' ? 'B' : 'A'}${key.slice(1)}`;
}

test('seed 3.1: the activation wizard checks the serial as it is typed and shows the provider', async ({
  page,
  desktopApp,
  siui,
}) => {
  const { provider } = await siui.registeredProvider();
  const groups = provider.key.split('-');
  await page.goto(await desktopApp.launchUrl());
  await expect(page.getByTestId('status-bar')).toContainText('Deconectat');
  await expect(page.getByTestId('header-provider')).toHaveText('Aplicație neactivată');
  // The first Tab reaches "Sari la conținut"; Enter puts the focus on the page, past the menus.
  await page.keyboard.press('Tab');
  const skip = page.getByRole('button', { name: 'Sari la conținut' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();

  await openFromMenu(page, 'Administrare', 'Activare');
  const wizard = page.getByTestId('activation-wizard');
  await wizard.getByRole('checkbox', { name: 'Reactivare bază de date curentă' }).check();
  await screenshot(page, 'seed-fig8-activare');
  await expectNoA11yViolations(page, 'activation wizard, step 1 (offline, red)');
  await wizard.getByRole('button', { name: 'Înainte' }).click();

  const box = (index: number) =>
    page.getByRole('textbox', { name: `Grupa ${index} din 4 a seriei de licență` });
  const check = page.getByTestId('license-check');
  // Typing moves on by itself from one box to the next.
  await box(1).pressSequentially(`${groups[0]}${groups[1]?.slice(0, 2)}`.toLowerCase());
  await expect(box(1)).toHaveValue(groups[0] ?? '');
  await expect(box(2)).toHaveValue(groups[1]?.slice(0, 2) ?? '');
  await expect(box(2)).toBeFocused();
  // A character no serial has is flagged at once.
  await box(2).pressSequentially('U');
  await expect(check).toHaveText(
    'Caracterul „U” nu poate apărea într-o serie de licență (cifre și litere, fără I, L, O, U).',
  );
  await expect(box(2)).toHaveClass(/ant-input-status-error/);
  // A typo in a complete serial is caught by the check symbols, before anything is sent.
  const paste = async (text: string) =>
    box(1).evaluate((input, pasted) => {
      const data = new DataTransfer();
      data.setData('text/plain', pasted);
      input.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
      );
    }, text);
  await paste(withTypo(provider.key));
  await expect(check).toHaveText(
    'Seria de licență conține o greșeală de tastare. Verificați caracterele cu cele din convenția de utilizare.',
  );
  await expect(wizard.getByRole('button', { name: 'Înainte' })).toBeDisabled();
  // Pasting the serial as printed in the PDF (spaces, lower case) fills all four boxes.
  await paste(groups.join(' ').toLowerCase());
  for (const [index, group] of groups.entries()) await expect(box(index + 1)).toHaveValue(group);
  await expect(check).toHaveText('Seria de licență este corectă.');
  await chooseOption(page, page.getByTestId('house-select'), 'Alba');
  await screenshot(page, 'seed-fig9-serie-licenta');
  await expectNoA11yViolations(page, 'license serial boxes');

  await wizard.getByRole('button', { name: 'Înainte' }).click();
  await expect(wizard.getByRole('alert').filter({ hasText: 'Aplicația a fost activată' })).toBeVisible();
  const result = page.getByTestId('activation-result');
  await expect(result).toContainText(provider.name);
  await expect(result).toContainText(provider.code);
  await expect(result).toContainText(provider.fiscalCode);
  await expect(result).toContainText('Casa de Asigurări de Sănătate Alba (CAS-AB)');
  await expect(page.getByTestId('header-provider')).toHaveText(`${provider.name} · ${provider.code}`);
  await screenshot(page, 'activation-result');
  await expectNoA11yViolations(page, 'activation result');
});

test('a fresh activation over another provider’s data says so first and archives it', async ({
  page,
  desktopApp,
  siui,
}) => {
  const first = await siui.registeredProvider();
  const second = await siui.registeredProvider();
  expect((await desktopApp.cli('activate', '--serial', first.provider.key, '--house', 'CAS-AB')).code).toBe(
    0,
  );

  await page.goto(await desktopApp.launchUrl());
  await openFromMenu(page, 'Administrare', 'Activare');
  const wizard = page.getByTestId('activation-wizard');
  await expect(wizard.getByRole('alert').filter({ hasText: 'Dacă nu bifați reactivarea' })).toContainText(
    first.provider.name,
  );
  await wizard.getByRole('button', { name: 'Înainte' }).click();
  await page
    .getByRole('textbox', { name: 'Grupa 1 din 4 a seriei de licență' })
    .pressSequentially(second.provider.key.replace(/-/g, ''));
  await chooseOption(page, page.getByTestId('house-select'), 'Alba');
  await wizard.getByRole('button', { name: 'Înainte' }).click();

  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('Începeți o bază de date nouă?');
  await expect(dialog).toContainText(`Datele locale ale furnizorului ${first.provider.name}`);
  await dialog.getByRole('button', { name: 'Începe o bază de date nouă' }).click();
  const result = page.getByTestId('activation-result');
  await expect(result).toContainText(second.provider.name);
  await expect(result).toContainText('datele anterioare au fost arhivate în');
});
