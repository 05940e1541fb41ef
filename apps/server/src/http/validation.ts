import type { Language } from '@siui/core';
import type { FastifySchemaCompiler } from 'fastify';
import { type core, z } from 'zod';

// Request validation with zod. Issues keep the offending input so that messages can say what was
// received; the input never leaves the server (messages name the field and the rule only).

export class RequestValidationError extends Error {
  override name = 'RequestValidationError';
  constructor(
    readonly part: string,
    readonly issues: core.$ZodIssue[],
  ) {
    super('request validation failed');
  }
}

export const zodValidatorCompiler: FastifySchemaCompiler<z.ZodType> =
  ({ schema, httpPart }) =>
  (data) => {
    const result = schema.safeParse(data, { reportInput: true });
    if (!result.success)
      return { error: new RequestValidationError(httpPart ?? 'body', result.error.issues) };
    const nulPath = findNulCharacter(result.data, []);
    if (nulPath) return { error: new RequestValidationError(httpPart ?? 'body', [nulIssue(nulPath)]) };
    return { value: result.data };
  };

/** PostgreSQL text cannot hold U+0000; such input is refused here rather than failing in SQL. */
function findNulCharacter(value: unknown, path: PropertyKey[]): PropertyKey[] | undefined {
  if (typeof value === 'string') return value.includes('\u0000') ? path : undefined;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = findNulCharacter(item, [...path, index]);
      if (found) return found;
    }
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = findNulCharacter(item, [...path, key]);
      if (found) return found;
    }
  }
  return undefined;
}

function nulIssue(path: PropertyKey[]): core.$ZodIssue {
  return {
    code: 'custom',
    path,
    message: 'caracterul NUL nu este permis / the NUL character is not allowed',
    input: undefined,
  } as core.$ZodIssue;
}

const LOCALES = { ro: z.locales.ro(), en: z.locales.en() };

/** One message per field, in the caller's language. */
export function describeIssues(issues: core.$ZodIssue[], language: Language): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of issues) {
    const field = issue.path.length > 0 ? issue.path.join('.') : '(root)';
    if (!(field in fields)) fields[field] = translateIssue(issue, language);
  }
  return fields;
}

/** Plain words for the checks people meet most; the zod locale covers the rest. */
function commonMessage(issue: core.$ZodIssue, language: Language): string | undefined {
  const ro = language === 'ro';
  const raw = issue as core.$ZodIssue & {
    input?: unknown;
    origin?: string;
    minimum?: unknown;
    maximum?: unknown;
  };
  if (issue.code === 'invalid_type' && raw.input === undefined) return ro ? 'câmp obligatoriu' : 'required';
  if (issue.code === 'too_small' && raw.origin === 'string') {
    return Number(raw.minimum) <= 1
      ? ro
        ? 'câmp obligatoriu'
        : 'required'
      : ro
        ? `minim ${String(raw.minimum)} caractere`
        : `at least ${String(raw.minimum)} characters`;
  }
  if (issue.code === 'too_big' && raw.origin === 'string') {
    return ro ? `maxim ${String(raw.maximum)} caractere` : `at most ${String(raw.maximum)} characters`;
  }
  return undefined;
}

function translateIssue(issue: core.$ZodIssue, language: Language): string {
  const raw = issue as unknown as core.$ZodRawIssue;
  const defaultEnglish = messageOf(LOCALES.en.localeError(raw));
  if (defaultEnglish !== undefined && issue.message !== defaultEnglish) {
    // A message written in our schemas: "romanian / english".
    const [ro, en] = issue.message.split(' / ');
    return (language === 'en' ? en : ro) ?? issue.message;
  }
  return commonMessage(issue, language) ?? messageOf(LOCALES[language].localeError(raw)) ?? issue.message;
}

function messageOf(result: string | { message: string } | undefined | null): string | undefined {
  if (result == null) return undefined;
  return typeof result === 'string' ? result : result.message;
}
