import type { FastifySchemaCompiler } from 'fastify';
import type { core, z } from 'zod';

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
