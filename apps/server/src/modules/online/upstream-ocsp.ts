import type { ParsedCertificate } from '../../pki/certificate';
import { type OcspCheckResult, OcspClientError, queryOcsp } from '../ocsp/ocsp-client';
import type { TrustedAuthority } from './trust-store';

// Asks the issuing authority's own OCSP responder about a provider certificate (with a nonce, the
// answer's signature checked against the authority). Answers are kept until their nextUpdate, as
// the issuer itself allows; failures are never cached.

export type UpstreamVerdict =
  | { kind: 'not-configured' }
  | { kind: 'answered'; result: OcspCheckResult }
  | { kind: 'failed'; error: OcspClientError };

const DEFAULT_TTL_MS = 5 * 60_000;
const MAX_ENTRIES = 50_000;

export class UpstreamOcspChecker {
  private readonly cache = new Map<string, { result: OcspCheckResult; until: number }>();

  constructor(
    private readonly options: { timeoutMs: number; fetchImpl?: typeof fetch; clock?: () => Date } = {
      timeoutMs: 3_000,
    },
  ) {}

  async check(authority: TrustedAuthority, certificate: ParsedCertificate): Promise<UpstreamVerdict> {
    if (!authority.ocspUrl) return { kind: 'not-configured' };
    const key = `${authority.id}:${certificate.serialNumber}`;
    const now = this.now();
    const cached = this.cache.get(key);
    if (cached && cached.until > now) return { kind: 'answered', result: cached.result };
    try {
      const result = await queryOcsp({
        url: authority.ocspUrl,
        certificate,
        issuer: authority.certificate,
        timeoutMs: this.options.timeoutMs,
        ...(this.options.fetchImpl ? { fetchImpl: this.options.fetchImpl } : {}),
        ...(this.options.clock ? { now: this.options.clock } : {}),
      });
      this.remember(key, result, now);
      return { kind: 'answered', result };
    } catch (error) {
      if (error instanceof OcspClientError) return { kind: 'failed', error };
      throw error;
    }
  }

  /** Forgets what an authority said (its settings changed). */
  forget(authorityId?: string): void {
    if (!authorityId) {
      this.cache.clear();
      return;
    }
    for (const key of this.cache.keys()) if (key.startsWith(`${authorityId}:`)) this.cache.delete(key);
  }

  private remember(key: string, result: OcspCheckResult, now: number): void {
    const until = result.nextUpdate ? result.nextUpdate.getTime() : now + DEFAULT_TTL_MS;
    if (until <= now) return;
    if (this.cache.size >= MAX_ENTRIES) {
      const oldest = this.cache.keys().next().value;
      if (oldest !== undefined) this.cache.delete(oldest);
    }
    this.cache.set(key, { result, until });
  }

  private now(): number {
    return (this.options.clock?.() ?? new Date()).getTime();
  }
}
