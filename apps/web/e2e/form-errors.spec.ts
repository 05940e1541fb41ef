import { expect, test } from '@playwright/test';
import { createCountyOperator } from './support/api-setup';
import { logIn, menuLink } from './support/console';

// A form's errors reach a screen reader: each field says it is invalid (aria-invalid) and points
// at its message (aria-describedby), and the messages are in a live region, read out when they come.

test('the provider form submitted empty: each error is announced and tied to its field', async ({
  page,
  request,
}) => {
  const operator = await createCountyOperator(request, 'CAS-AB', 'Elena Erori');
  await logIn(page, operator.username, operator.password);
  await menuLink(page, 'Persoane juridice').click();
  await page.getByRole('button', { name: 'Nou' }).click();
  const drawer = page.getByRole('dialog', { name: 'Furnizor nou' });
  await drawer.getByRole('button', { name: 'Salvează' }).click();

  for (const [label, message] of [
    [
      'Cod furnizor',
      'Între 1 și 40 de caractere: litere, cifre, „.”, „_”, „/” sau „-”, începând cu o literă sau cifră.',
    ],
    ['Denumire', 'Introduceți denumirea (2–300 de caractere).'],
  ] as const) {
    const field = drawer.getByLabel(label, { exact: true });
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    const describedBy = (await field.getAttribute('aria-describedby')) ?? '';
    expect(describedBy, `${label} names its message`).not.toBe('');
    const described = await page.evaluate(
      (ids) =>
        ids
          .split(/\s+/)
          .map((id) => document.getElementById(id)?.textContent ?? `(no element #${id})`)
          .join(' | '),
      describedBy,
    );
    expect(described).toContain(message);
    // The message sits in a live region: role=alert, or an aria-live ancestor.
    const live = await drawer.getByText(message, { exact: true }).evaluate((element) => {
      const region = element.closest('[role=alert], [role=status], [aria-live]');
      return region ? (region.getAttribute('aria-live') ?? region.getAttribute('role')) : null;
    });
    expect(live, `${label}: its message is in a live region`).not.toBeNull();
    expect(live).not.toBe('off');
  }
});
