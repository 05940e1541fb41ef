import { expect, test } from '@playwright/test';
import { expectNoA11yViolations } from './support/a11y';
import { chooseOption, logIn, menuLink, screenshot } from './support/console';
import { providerWorkedOnline } from './support/provider-online';

// *Furnizori / Raportări*: the reports the providers sent online, with their state (valid, partially
// valid, invalid), the lines accepted and the validation messages of each line.

const stamp = Date.now().toString(36).toUpperCase();

test('Furnizori / Raportări: the reports received, with their validation messages', async ({
  page,
  request,
}) => {
  const { operator, provider } = await providerWorkedOnline(request, stamp);
  await logIn(page, operator.username, operator.password);
  await menuLink(page, 'Raportări').click();
  await expect(page).toHaveURL(/\/furnizori\/raportari$/);
  await expect(page.getByRole('navigation')).toContainText('Furnizori/Raportări');
  await page.getByRole('searchbox', { name: 'Cod furnizor' }).fill(provider.code);
  await page.getByRole('searchbox', { name: 'Cod furnizor' }).press('Enter');
  await expect(page).toHaveURL(new RegExp(`providerCode=${provider.code}`));
  await expect(page.getByRole('row')).toHaveCount(4); // the header and this provider's three reports
  await expect(page.getByRole('row', { name: /Parțial validă/ })).toContainText('1 / 2');
  await expect(page.getByRole('row', { name: /Invalidă/ })).toContainText('0 / 1');
  await expect(page.getByRole('row', { name: /Validă/ }).filter({ hasText: '2 / 2' })).toContainText(
    'fără mesaje',
  );

  await page
    .getByRole('row', { name: /Parțial validă/ })
    .getByRole('button', { name: /Extinde|Expand/i })
    .click();
  const messages = page.getByRole('table', { name: 'Mesaje de validare' });
  await expect(messages.getByRole('row', { name: /CNP_CHECK_DIGIT/ })).toContainText('2');
  await expect(messages.getByRole('row', { name: /CNP_CHECK_DIGIT/ })).toContainText('Eroare');
  await page
    .getByRole('row', { name: /Invalidă/ })
    .getByRole('button', { name: /Extinde|Expand/i })
    .click();
  await page.mouse.move(0, 0);
  await expectNoA11yViolations(page, 'raportari');
  await screenshot(page, 'raportari');

  await chooseOption(page, page.getByLabel('Stare'), 'Invalidă');
  await expect(page).toHaveURL(/state=INVALID/);
  await expect(page.getByRole('row', { name: /Parțial validă/ })).toHaveCount(0);
});
