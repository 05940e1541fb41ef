const FIELD_ERROR = '.ant-form-item-explain-error';

function markAsAlert(root: ParentNode): void {
  for (const error of root.querySelectorAll<HTMLElement>(FIELD_ERROR))
    if (!error.hasAttribute('role')) error.setAttribute('role', 'alert');
}

/**
 * Ant Design 6 ties a field's message to its input (aria-describedby, aria-invalid) but puts it in
 * no live region, so a screen reader says nothing when the form refuses a value. Each message, as it
 * appears (any form, drawers and dialogs included, which render outside the page's root), becomes
 * an alert, read out at once, as Ant Design 4 did. One observer for the whole console.
 */
export function announceFormErrors(root: HTMLElement = document.body): () => void {
  const observer = new MutationObserver((mutations) => {
    for (const mutation of mutations)
      for (const node of mutation.addedNodes)
        if (node instanceof HTMLElement) {
          if (node.matches(FIELD_ERROR)) node.setAttribute('role', 'alert');
          else markAsAlert(node);
        }
  });
  observer.observe(root, { childList: true, subtree: true });
  markAsAlert(root);
  return () => observer.disconnect();
}
