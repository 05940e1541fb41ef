import { apiFetch, type RequestOptions } from './client';
import { attachmentFilename } from './content-disposition';

/** Hands `blob` to the browser as a download named `filename` (as a link with `download` would). */
export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has started reading the blob by now; keep the URL a while for slow machines.
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * Calls the API for a file (e.g. `generatePassword.pdf`) and saves it as a download, under the name
 * the server gives or `fallbackName`. Resolves with the name used; failures are JSON API errors,
 * rejected as `ApiError` like every other call.
 */
export async function downloadFile(
  path: string,
  options: RequestOptions & { accept: string; fallbackName: string },
): Promise<string> {
  const response = await apiFetch(path, { ...options, accept: `${options.accept}, application/json` });
  const blob = await response.blob();
  const filename = attachmentFilename(response.headers.get('Content-Disposition')) ?? options.fallbackName;
  saveBlob(blob, filename);
  return filename;
}
