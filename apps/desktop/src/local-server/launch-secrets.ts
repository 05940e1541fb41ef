import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** At most this many windows may be on their way at once; minting more forgets the oldest. */
export const MAX_PENDING_LAUNCHES = 8;

function newSecret(bytes: number): string {
  return randomBytes(bytes).toString('base64url');
}

/** Constant-time; a different length (public anyway: every secret has the same) just fails. */
export function sameSecret(given: string | undefined, expected: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * The secrets of one running local server:
 * - `sessionToken`: the httpOnly cookie every window carries after its launch;
 * - launch secrets: each opens one window and dies there. A used (or copied, or logged) launch URL
 *   opens nothing, and a secret that sat in a file or a terminal is worthless once its window opened;
 * - `control`: long-lived, kept only in the 0600 lock file. With it a second `siui-desktop start`
 *   of the same OS user asks this server for a fresh launch secret (see instance-lock.ts): reading
 *   that file is exactly what the data directory's owner, and nobody else, can do. The secret itself
 *   never travels: the question and the answer are each signed with it (`controlProof`), so a
 *   program of another user listening on the port of an instance that died learns nothing and
 *   cannot pass its own page off as the application.
 */
export class LocalSecrets {
  readonly sessionToken = newSecret(32);
  readonly control = newSecret(32);
  private pending: string[] = [];

  /** A fresh single-use launch secret. */
  mintLaunch(): string {
    const secret = newSecret(24);
    this.pending = [...this.pending, secret].slice(-MAX_PENDING_LAUNCHES);
    return secret;
  }

  /** True once per minted secret: a match is used up on the spot. */
  redeemLaunch(given: string): boolean {
    let found: string | undefined;
    // Compares with every pending secret, so that the time taken does not say which one matched.
    for (const secret of this.pending) if (sameSecret(given, secret)) found = secret;
    if (found === undefined) return false;
    this.pending = this.pending.filter((secret) => secret !== found);
    return true;
  }

  /**
   * Checks a `nonce.proof` question (`controlQuestion`) and answers a fresh launch URL, signed;
   * a wrong question gets undefined and mints nothing.
   */
  answerControl(
    question: string | undefined,
    url: (launchSecret: string) => string,
  ): { url: string; proof: string } | undefined {
    const [nonce = '', proof] = (question ?? '').split('.');
    if (!nonce || !sameSecret(proof, controlProof(this.control, 'ask', nonce))) return undefined;
    const launchUrl = url(this.mintLaunch());
    return { url: launchUrl, proof: controlProof(this.control, 'answer', nonce, launchUrl) };
  }
}

/** HMAC-SHA256 of the labelled parts under the instance-control secret. */
export function controlProof(control: string, ...parts: string[]): string {
  return createHmac('sha256', control).update(parts.join('\n')).digest('base64url');
}

/** What a second `start` sends: a fresh nonce and its proof. */
export function controlQuestion(control: string): { nonce: string; question: string } {
  const nonce = newSecret(16);
  return { nonce, question: `${nonce}.${controlProof(control, 'ask', nonce)}` };
}
