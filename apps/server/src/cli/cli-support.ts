import { type Config, ConfigError, loadConfig } from '../config';
import { DataDirLockedError } from '../db/data-dir-lock';

/** Runs a command body; known failures print one clear line and exit non-zero. */
export async function runCommand(body: (config: Config) => Promise<number | undefined>): Promise<void> {
  try {
    const code = await body(loadConfig());
    process.exitCode = code ?? 0;
  } catch (error) {
    if (error instanceof ConfigError || error instanceof DataDirLockedError || error instanceof CliError) {
      process.stderr.write(`${error.message}\n`);
    } else {
      process.stderr.write(`Eroare / error: ${error instanceof Error ? error.message : String(error)}\n`);
    }
    process.exitCode = error instanceof CliError ? error.exitCode : 1;
  }
}

export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}
