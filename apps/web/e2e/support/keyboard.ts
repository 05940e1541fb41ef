import { expect, type Locator, type Page } from '@playwright/test';

// A keyboard user's moves: Tab (or Shift+Tab) until the wanted control has focus, as a person does
// reading the focus ring. Locators only say where focus should arrive; nothing is clicked or filled.

/**
 * Presses Tab (or Shift+Tab) until `target` has focus, at most `limit` times; fails naming the
 * stops Tab went through. Then checks that the focus is visible (an outline or a ring around it).
 */
export async function tabTo(
  page: Page,
  target: Locator,
  options: { backwards?: boolean; limit?: number } = {},
): Promise<void> {
  const key = options.backwards ? 'Shift+Tab' : 'Tab';
  const limit = options.limit ?? 40;
  const stops: string[] = [];
  let reached = (await focusOn(target)).reached;
  for (let press = 0; press < limit && !reached; press++) {
    await page.keyboard.press(key);
    const focus = await focusOn(target);
    reached = focus.reached;
    stops.push(focus.description);
  }
  expect(reached, `${key} never reached the control; it went through: ${stops.join(' → ')}`).toBe(true);
  await expectVisibleFocus(page);
}

/**
 * Whether `target` has focus, and what has it (for the failure message), in one round trip.
 * evaluateAll does not wait for the element to appear: a target that is not there fails the walk.
 */
async function focusOn(target: Locator): Promise<{ reached: boolean; description: string }> {
  return target.evaluateAll((elements) => {
    const focused = document.activeElement;
    const reached = elements.some((element) => element === focused);
    if (!focused || focused === document.body) return { reached, description: '(body)' };
    const name = focused.getAttribute('aria-label') ?? (focused.textContent ?? '').trim().slice(0, 40);
    const role = focused.getAttribute('role') ?? focused.tagName.toLowerCase();
    return { reached, description: `${role} “${name}”` };
  });
}

/**
 * The focused control shows it: an outline, or a ring (box-shadow) or coloured border on itself
 * or on the box that wraps it (Ant Design draws an input's ring on its wrapper, a checkbox's on
 * its square, a select's on its selector).
 */
export async function expectVisibleFocus(page: Page): Promise<void> {
  const found = await page.evaluate(() => {
    const focused = document.activeElement;
    if (!(focused instanceof HTMLElement) || focused === document.body) return 'nothing focused';
    // A box one control high, not a drawer or a card that happens to cast a shadow.
    const controlSized = (element: Element) => {
      const box = element.getBoundingClientRect();
      return box.height <= 120;
    };
    const candidates: Element[] = [focused];
    if (focused.nextElementSibling) candidates.push(focused.nextElementSibling);
    for (let up = focused.parentElement, depth = 0; up && depth < 3; up = up.parentElement, depth++)
      if (controlSized(up)) candidates.push(up);
    for (const element of candidates) {
      const style = getComputedStyle(element);
      const outlined = style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0;
      if (outlined || style.boxShadow !== 'none') return 'visible';
    }
    return `no outline or ring on <${focused.tagName.toLowerCase()} class="${focused.className}">`;
  });
  expect(found, 'the focused control has a visible focus indicator').toBe('visible');
}

/** Types into the focused control after selecting what it holds (Ctrl+A), as a person replaces a value. */
export async function retype(page: Page, text: string): Promise<void> {
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type(text);
}
