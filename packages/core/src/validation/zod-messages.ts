import { type core, z } from 'zod';
import type { Language } from '../errors/error-messages';

// zod's issues in our words, one language at a time: the checks people meet most in plain words,
// messages written in our schemas as "romanian / english" split by language, zod's own RO/EN
// locale for the rest. Never zod's English inside a Romanian sentence.
// Parse with `{ reportInput: true }` so a missing field reads "câmp obligatoriu"; the input stays
// in the issue and must not leave the process.

const LOCALES = { ro: z.locales.ro(), en: z.locales.en() };

/** One message per field, in the caller's language. */
export function describeZodIssues(
  issues: readonly core.$ZodIssue[],
  language: Language,
): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of issues) {
    const field = issue.path.length > 0 ? issue.path.join('.') : '(root)';
    if (!(field in fields)) fields[field] = describeZodIssue(issue, language);
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

export function describeZodIssue(issue: core.$ZodIssue, language: Language): string {
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
