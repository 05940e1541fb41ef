import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';

// scrypt from node:crypto, stored as `scrypt$N$r$p$salt$hash` (base64url) so the cost can be
// raised later without invalidating existing hashes.

const scryptAsync = promisify(scrypt) as (
  password: string,
  salt: Buffer,
  keyLength: number,
  options: { N: number; r: number; p: number; maxmem: number },
) => Promise<Buffer>;

// OWASP Password Storage Cheat Sheet: N=2^17 (128 MiB), r=8, p=1. Hashes made at N=2^15 verify
// as they are (they carry their parameters) and can be upgraded at the next password change.
const COST = { N: 2 ** 17, r: 8, p: 1 };
const KEY_LENGTH = 32;
// scrypt needs 128·N·r bytes; the ceiling leaves room above the cost but refuses a stored hash
// (damaged or planted) that would make one login take gigabytes.
const MAX_MEMORY = 2 * 128 * COST.N * COST.r;

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const hash = await scryptAsync(password.normalize('NFC'), salt, KEY_LENGTH, {
    ...COST,
    maxmem: MAX_MEMORY,
  });
  return ['scrypt', COST.N, COST.r, COST.p, salt.toString('base64url'), hash.toString('base64url')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, saltText, hashText] = stored.split('$');
  if (scheme !== 'scrypt' || !saltText || !hashText) return false;
  const expected = Buffer.from(hashText, 'base64url');
  let actual: Buffer;
  try {
    actual = await scryptAsync(
      password.normalize('NFC'),
      Buffer.from(saltText, 'base64url'),
      expected.length,
      {
        N: Number(n),
        r: Number(r),
        p: Number(p),
        maxmem: MAX_MEMORY,
      },
    );
  } catch {
    // Parameters scrypt refuses (over the memory ceiling, not a power of two): no match, not a 500.
    return false;
  }
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/**
 * A hash of a password nobody knows, verified when the user name does not exist so that
 * the answer takes as long as for a real user and reveals nothing.
 */
export const UNKNOWN_USER_HASH = await hashPassword(randomBytes(16).toString('hex'));
