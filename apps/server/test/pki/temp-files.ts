import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface TempDir {
  readonly path: string;
  /** Writes `content` to `name` inside the directory and returns the absolute path. */
  write(name: string, content: string | Uint8Array): Promise<string>;
  remove(): Promise<void>;
}

export async function createTempDir(prefix = 'siui-pki-'): Promise<TempDir> {
  const path = await mkdtemp(join(tmpdir(), prefix));
  return {
    path,
    async write(name, content) {
      const file = join(path, name);
      // Private keys land here too: keep them readable by the owner only.
      await writeFile(file, content, { mode: 0o600 });
      return file;
    },
    remove: () => rm(path, { recursive: true, force: true }),
  };
}

/** Writes several PEM (or other) files at once; returns their absolute paths by the same keys. */
export async function writePemFiles<Name extends string>(
  dir: TempDir,
  files: Readonly<Record<Name, string | Uint8Array>>,
): Promise<Record<Name, string>> {
  const entries = await Promise.all(
    (Object.entries(files) as [Name, string | Uint8Array][]).map(
      async ([name, content]) => [name, await dir.write(name, content)] as const,
    ),
  );
  return Object.fromEntries(entries) as Record<Name, string>;
}
