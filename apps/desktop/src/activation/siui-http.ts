import { errorBodySchema, type Language } from '@siui/core';
import { DesktopError, SiuiRefusal } from '../errors/desktop-error';

const TIMEOUT_MS = 15_000;

/**
 * A JSON request to the SIUI server's public API (not the online gateway). Network failures and
 * error bodies become typed errors whose message a person can act on.
 */
export async function postSiuiJson(
  serverUrl: string,
  path: string,
  body: unknown,
  language: Language,
): Promise<unknown> {
  const url = new URL(path, serverUrl);
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'accept-language': language,
        accept: 'application/json',
      },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (error) {
    throw new DesktopError(
      'SERVER_UNREACHABLE',
      { url: serverUrl, reason: networkReason(error) },
      { cause: error },
    );
  }
  const text = await response.text();
  const json = parseJson(text);
  if (response.ok && json !== undefined) return json;
  const failure = errorBodySchema.safeParse(json);
  if (!failure.success) throw new DesktopError('SERVER_ANSWER_INVALID', { status: response.status });
  const retryAfter = Number(response.headers.get('retry-after'));
  throw new SiuiRefusal(
    response.status,
    failure.data.error.code,
    failure.data.error.message,
    Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : null,
  );
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The system error code (ECONNREFUSED, ETIMEDOUT …) under fetch's generic "fetch failed". */
export function networkReason(error: unknown): string {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current instanceof Error; depth += 1) {
    const code = (current as NodeJS.ErrnoException).code;
    if (typeof code === 'string') return code;
    if (current.name === 'TimeoutError') return 'timeout';
    current = current.cause;
  }
  return error instanceof Error ? error.message : String(error);
}
