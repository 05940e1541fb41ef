import type { Command } from 'commander';
import { resolveDataDir } from '../config/data-dir';
import { type Language, resolveLanguage } from '../config/language';
import { type Desktop, openDesktop } from '../desktop';
import { describeError } from '../errors/desktop-error';

export interface GlobalOptions {
  dataDir: string;
  serverUrl: string | undefined;
  language: Language;
}

/** The options every command shares, from the root program. */
export function globalOptions(command: Command): GlobalOptions {
  const options = command.optsWithGlobals<{ dataDir?: string; server?: string; lang?: string }>();
  return {
    dataDir: resolveDataDir(options.dataDir),
    serverUrl: options.server,
    language: resolveLanguage(options.lang),
  };
}

export function print(line: string): void {
  process.stdout.write(`${line}\n`);
}

/** A command failed: one clear line on stderr and a non-zero exit code. */
export class CommandFailure extends Error {
  override name = 'CommandFailure';
}

/**
 * Runs a command body on the desktop of the data directory and always closes it; any error
 * becomes one line in the user's language and exit code 1.
 */
export async function runWithDesktop(
  command: Command,
  body: (desktop: Desktop, options: GlobalOptions) => Promise<void> | void,
): Promise<void> {
  const options = globalOptions(command);
  let desktop: Desktop | undefined;
  try {
    desktop = openDesktop({ dataDir: options.dataDir, language: options.language });
    await body(desktop, options);
  } catch (error) {
    process.stderr.write(
      `${error instanceof CommandFailure ? error.message : describeError(error, options.language)}\n`,
    );
    process.exitCode = 1;
  } finally {
    desktop?.close();
  }
}
