import type { Language } from '@siui/core';

export type { Language };

/**
 * Romanian unless the user asked for English: `--lang en`, or an English locale in the usual
 * environment variables (LC_ALL wins over LC_MESSAGES over LANG, as in POSIX).
 */
export function resolveLanguage(option: string | undefined, env: NodeJS.ProcessEnv = process.env): Language {
  if (option !== undefined) return option.toLowerCase().startsWith('en') ? 'en' : 'ro';
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return locale.toLowerCase().startsWith('en') ? 'en' : 'ro';
}
