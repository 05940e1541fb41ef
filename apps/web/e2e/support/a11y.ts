import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import type { Result } from 'axe-core';

/** WCAG 2.1 level A and AA: what EN 301 549 asks of public-sector web pages. */
export const WCAG_21_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** How many elements of one rule are named in the failure message; the attachment has them all. */
const NODES_SHOWN = 5;

/**
 * Audits the page as it is now with axe-core (WCAG 2.1 AA) and fails the test with a readable list
 * (rule, impact, how many elements, the first selectors and axe's summary) if anything is wrong.
 * The failure is soft: the flow goes on, so one run names every screen that fails, and the test
 * still fails at its end. The full axe answer is attached to the test's report.
 */
export async function expectNoA11yViolations(page: Page, label: string): Promise<void> {
  await animationsSettled(page);
  const results = await new AxeBuilder({ page }).withTags(WCAG_21_AA_TAGS).analyze();
  const { violations } = results;
  if (violations.length > 0) {
    await test.info().attach(`axe ${label}`, {
      body: JSON.stringify(violations, null, 2),
      contentType: 'application/json',
    });
  }
  expect
    .soft(
      describeViolations(violations),
      `axe (WCAG 2.1 AA) on “${label}”: ${countNodes(violations)} elements`,
    )
    .toEqual([]);
  await expectOneLanguage(page, label);
}

/**
 * Words of the other language that our own text never uses: English in the Romanian interface
 * (a zod or Ant Design default leaking through), Romanian words or diacritics in the English one.
 * Proper nouns and codes (OCSP, CSV, PDF, URLs) are not in the lists, nor words both languages
 * share ("invalid": *CUI invalid*).
 */
const FOREIGN_WORDS: Record<string, RegExp> = {
  ro: /(?<!\p{L})(the|and|of|with|required|expected|received|loading|search|cancel|submit|no data|too (small|big)|error|password|save|delete|characters)(?!\p{L})/giu,
  en: /(?<!\p{L})(și|sau|pentru|din|nu|salvează|renunță|anulează|caută|căutare|obligatori\p{L}*|introduceți|alegeți|înapoi)(?!\p{L})|[ăâîșțşţ]/giu,
};

/**
 * Data the user typed or the server holds, which keeps its own language: table cells, a detail's
 * values, chosen options, the logged-in user's name, and proper names marked translate="no"
 * (a provider's or a house's name in a heading), as browser translators also leave them.
 */
const DATA = [
  'td',
  '.ant-descriptions-item-content',
  '.ant-select-content',
  '.ant-select-selection-item',
  '.ant-select-item-option-content',
  '[data-testid="header-user"]',
  '[translate="no"]',
  'pre',
  'code',
].join(', ');

/**
 * One language at a time: the page's visible text, less its data, holds no word of the other
 * language (soft, like the axe audit: the flow goes on and every screen is named).
 */
export async function expectOneLanguage(page: Page, label: string): Promise<void> {
  const language = await page.evaluate(() => document.documentElement.lang);
  const foreign = FOREIGN_WORDS[language];
  if (!foreign) return;
  const text = await page.evaluate((data) => {
    const parts: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest(data)) continue;
      if (parent.closest('script, style, [aria-hidden="true"], [hidden]')) continue;
      if (parent.getClientRects().length === 0) continue; // not laid out: nobody sees it
      parts.push(node.textContent ?? '');
    }
    return parts.join(' ');
  }, DATA);
  const found = [...text.matchAll(foreign)].map((match) => {
    const at = match.index ?? 0;
    return `“${match[0]}” in “…${text.slice(Math.max(0, at - 40), at + 40).replace(/\s+/g, ' ')}…”`;
  });
  expect.soft(found, `“${label}” (${language}) shows words of the other language`).toEqual([]);
}

function countNodes(violations: Result[]): number {
  return violations.reduce((sum, violation) => sum + violation.nodes.length, 0);
}

/** One line per rule, then one indented line per element (selector and what axe found). */
function describeViolations(violations: Result[]): string[] {
  const lines: string[] = [];
  for (const violation of violations) {
    lines.push(
      `${violation.id} [${violation.impact ?? 'n/a'}] ×${violation.nodes.length}: ${violation.help} (${violation.helpUrl})`,
    );
    for (const node of violation.nodes.slice(0, NODES_SHOWN)) {
      const summary = (node.failureSummary ?? '').replace(/\s+/g, ' ').trim();
      lines.push(`    ${node.target.join(' ')} — ${summary}`);
    }
    if (violation.nodes.length > NODES_SHOWN)
      lines.push(`    … and ${violation.nodes.length - NODES_SHOWN} more`);
  }
  return lines;
}

/**
 * Ant Design fades drawers, modals and messages in: measured half-way, text looks paler than it is.
 * Waits for the finite animations (a spinner's never end, so they are left out).
 */
async function animationsSettled(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const finite = document
      .getAnimations()
      .filter((animation) => animation.effect?.getComputedTiming().iterations !== Number.POSITIVE_INFINITY);
    await Promise.all(finite.map((animation) => animation.finished.catch(() => undefined)));
  });
}
