import { type RefObject, useEffect } from 'react';

/**
 * A table wider than the page scrolls inside itself (Ant Design's `scroll={{ x: 'max-content' }}`);
 * a keyboard user can scroll it only if it can take focus, and a list whose rows hold no link or
 * button (Log OCSP) gives it none. So every table body that does overflow becomes a named,
 * focusable region (arrow keys scroll it), and stops being one once it fits again: no extra Tab stop
 * in the lists that fit. One place for every list of the console, not one per table.
 */
export function useScrollableTablesFocusable(ref: RefObject<HTMLElement | null>, label: string): void {
  useEffect(() => {
    const root = ref.current;
    if (!root) return;
    const update = () => {
      for (const element of root.querySelectorAll<HTMLElement>('.ant-table-content')) {
        const overflows = element.scrollWidth > element.clientWidth;
        const marked = element.dataset.scrollRegion === 'true';
        if (overflows && !marked) {
          element.dataset.scrollRegion = 'true';
          element.tabIndex = 0;
          element.setAttribute('role', 'region');
          element.setAttribute('aria-label', label);
        } else if (overflows && marked) {
          element.setAttribute('aria-label', label); // the language may have changed
        } else if (!overflows && marked) {
          delete element.dataset.scrollRegion;
          element.removeAttribute('tabindex');
          element.removeAttribute('role');
          element.removeAttribute('aria-label');
        }
      }
    };
    const observer = new MutationObserver(update);
    observer.observe(root, { childList: true, subtree: true });
    window.addEventListener('resize', update);
    update();
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', update);
    };
  }, [ref, label]);
}
