import { errorBodySchema } from '@siui/core';
import { currentLanguage } from '../i18n/i18n';

/** An error answered by the SIUI API, its message already in the caller's language. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly fields: Record<string, string>;
  /** Seconds to wait before trying again (from `Retry-After`), when the server says so. */
  readonly retryAfterSeconds: number | null;

  constructor(options: {
    status: number;
    code: string;
    message: string;
    fields?: Record<string, string> | undefined;
    retryAfterSeconds?: number | null;
  }) {
    super(options.message);
    this.name = 'ApiError';
    this.status = options.status;
    this.code = options.code;
    this.fields = options.fields ?? {};
    this.retryAfterSeconds = options.retryAfterSeconds ?? null;
  }
}

/** Thrown when the server cannot be reached at all. */
export class NetworkError extends Error {
  constructor(cause: unknown) {
    super('network error', { cause });
    this.name = 'NetworkError';
  }
}

type QueryValue = string | number | boolean | null | undefined;

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  query?: Record<string, QueryValue>;
  /** Sent as JSON. */
  body?: unknown;
  /** Sent as it is, with its own media type, instead of a JSON body (e.g. a CSV file). */
  file?: { content: Blob | string; contentType: string };
  /** The media type wanted back; JSON unless said otherwise (errors are JSON either way). */
  accept?: string;
}

let unauthenticatedListener: (() => void) | null = null;

/** Called whenever the server answers 401 to a request made with a session (it expired or ended). */
export function onUnauthenticated(listener: () => void): void {
  unauthenticatedListener = listener;
}

export function buildUrl(path: string, query?: Record<string, QueryValue>): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.set(name, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

function retryAfter(response: Response): number | null {
  const header = response.headers.get('Retry-After');
  const seconds = header === null ? Number.NaN : Number.parseInt(header, 10);
  return Number.isFinite(seconds) ? seconds : null;
}

async function errorFrom(response: Response): Promise<ApiError> {
  const text = await response.text();
  let parsed: unknown = null;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    parsed = null;
  }
  const body = errorBodySchema.safeParse(parsed);
  if (body.success) {
    return new ApiError({
      status: response.status,
      ...body.data.error,
      retryAfterSeconds: retryAfter(response),
    });
  }
  return new ApiError({
    status: response.status,
    code: `HTTP_${response.status}`,
    message: text || response.statusText,
    retryAfterSeconds: retryAfter(response),
  });
}

function requestBody(options: RequestOptions): { contentType: string | null; body: BodyInit | null } {
  if (options.file) return { contentType: options.file.contentType, body: options.file.content };
  if (options.body !== undefined)
    return { contentType: 'application/json', body: JSON.stringify(options.body) };
  return { contentType: null, body: null };
}

/**
 * Calls the SIUI API on the same origin with the session cookie, in the console's language, and
 * resolves with the successful response as it is (for files and streams); rejects with `ApiError`
 * or `NetworkError`.
 */
export async function apiFetch(path: string, options: RequestOptions = {}): Promise<Response> {
  const { contentType, body } = requestBody(options);
  const headers: Record<string, string> = {
    Accept: options.accept ?? 'application/json',
    'Accept-Language': currentLanguage(),
  };
  if (contentType !== null) headers['Content-Type'] = contentType;

  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), {
      method: options.method ?? 'GET',
      headers,
      credentials: 'same-origin',
      body,
    });
  } catch (cause) {
    throw new NetworkError(cause);
  }

  if (!response.ok) {
    const error = await errorFrom(response);
    if (error.status === 401 && error.code !== 'INVALID_CREDENTIALS') unauthenticatedListener?.();
    throw error;
  }
  return response;
}

/**
 * Calls the SIUI API (see `apiFetch`) and resolves with the JSON body (or `undefined` for 204);
 * rejects with `ApiError` or `NetworkError`.
 */
export async function apiRequest<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const response = await apiFetch(path, options);
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}
