import type { FormRule } from 'antd';

/** Anything with zod's `safeParse`, e.g. `createUserBodySchema.shape.username`. */
interface ParsingSchema {
  safeParse(value: unknown): { success: boolean };
}

/**
 * An Ant Design form rule that accepts exactly what the API's zod schema accepts, so the form
 * and the server never disagree; the message is the console's own, in the current language.
 * A blank text box counts as a missing value (fine for optional fields, refused for required ones).
 */
export function schemaRule(schema: ParsingSchema, message: string): FormRule {
  return {
    validator: async (_rule, value: unknown) => {
      const input = typeof value === 'string' && value.trim() === '' ? undefined : value;
      if (!schema.safeParse(input).success) throw new Error(message);
    },
  };
}
