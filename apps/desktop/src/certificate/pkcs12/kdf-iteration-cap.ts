import forge from 'node-forge';

/**
 * The most key-derivation iterations a PKCS#12 file may ask for. Exports use 2,000 (Windows) or
 * 2,048 (OpenSSL); node-forge derives in JavaScript (~5 ms per 1,000 PBKDF2-SHA256 rounds here), so a
 * hostile file asking for 2^31 would hold the desktop for hours. At the cap a file still opens in
 * about a second.
 */
export const MAX_KDF_ITERATIONS = 100_000;

/** The file asks for more key-derivation work than any genuine export does. */
export class KdfTooCostlyError extends Error {
  override name = 'KdfTooCostlyError';
}

type Derive = (...args: unknown[]) => unknown;

function capped(derive: Derive, iterationsAt: number): Derive {
  return (...args) => {
    const iterations = Number(args[iterationsAt]);
    if (!(iterations <= MAX_KDF_ITERATIONS)) {
      throw new KdfTooCostlyError(`${iterations} key-derivation iterations (at most ${MAX_KDF_ITERATIONS})`);
    }
    return derive(...args);
  };
}

let installed = false;

/**
 * node-forge reads the iteration counts from the file and derives without a limit, with no option to
 * set one; its three derivation entry points are wrapped once so every count is checked before any
 * work: the MAC key (`pkcs12.generateKey`), the PKCS#12 PBE keys (`pbe.generatePkcs12Key`) and
 * PBES2 (`pkcs5.pbkdf2`).
 */
export function capKdfIterations(): void {
  if (installed) return;
  installed = true;
  const lib = forge as unknown as {
    pkcs12: Record<string, Derive>;
    pbe: Record<string, Derive>;
    pkcs5: Record<string, Derive>;
  };
  const wrap = (holder: Record<string, Derive>, name: string, iterationsAt: number) => {
    const original = holder[name];
    if (!original) throw new Error(`node-forge has no ${name}`);
    holder[name] = capped(original, iterationsAt);
  };
  wrap(lib.pkcs12, 'generateKey', 3);
  wrap(lib.pbe, 'generatePkcs12Key', 3);
  wrap(lib.pkcs5, 'pbkdf2', 2);
}
