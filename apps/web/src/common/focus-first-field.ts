/** What Tab can stop at, less what is disabled or not laid out (an Upload's hidden file input). */
const TABBABLE =
  'input:not([type=hidden]):not([disabled]), textarea:not([disabled]), button:not([disabled]), [tabindex="0"]';

/**
 * A drawer's `afterOpenChange`: Ant Design focuses the drawer's outer wrapper, which lies outside
 * its dialog, so a screen reader announces no title and a keyboard user starts from nowhere.
 * Moves focus to the first field of the body (the dialog itself if it has none), unless the user
 * has already moved it.
 */
export function focusFirstField(open: boolean): void {
  if (!open) return;
  const wrapper = document.activeElement;
  if (!(wrapper instanceof HTMLElement) || !wrapper.classList.contains('ant-drawer')) return;
  const body = wrapper.querySelector('.ant-drawer-body');
  const first = Array.from(body?.querySelectorAll<HTMLElement>(TABBABLE) ?? []).find(
    (element) => element.getClientRects().length > 0,
  );
  const dialog = wrapper.querySelector<HTMLElement>('[role=dialog]');
  if (first) first.focus();
  else if (dialog) {
    dialog.tabIndex = -1;
    dialog.focus();
  }
}
