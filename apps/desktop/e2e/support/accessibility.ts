import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

// WCAG 2.1 AA (EN 301 549) as axe-core checks it, on the window as the provider sees it now.
const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Fails with each violation's rule, impact and the elements it was found on. */
export async function expectNoAccessibilityViolations(page: Page, screen: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze();
  const found = violations.map(
    (violation) =>
      `${violation.id} (${violation.impact ?? 'n/a'}): ${violation.help} — ${violation.nodes
        .slice(0, 5)
        .map((node) => `${node.target.join(' ')} [${node.any.map((check) => check.message).join(' ')}]`)
        .join(', ')}`,
  );
  expect(found, `accessibility violations on ${screen}`).toEqual([]);
}
