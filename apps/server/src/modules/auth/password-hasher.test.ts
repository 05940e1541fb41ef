import { randomBytes, scryptSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './password-hasher';

// OWASP's password storage cheat sheet: scrypt with N=2^17, r=8, p=1. The hash carries its own
// parameters, so hashes made at the earlier cost (N=2^15) keep verifying.

function oldHash(password: string): string {
  const salt = randomBytes(16);
  const hash = scryptSync(password, salt, 32, { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 });
  return ['scrypt', 2 ** 15, 8, 1, salt.toString('base64url'), hash.toString('base64url')].join('$');
}

describe('password hashes', () => {
  it('are made at the recommended cost, and say so', async () => {
    const hash = await hashPassword('Parola-Sigura-1');
    expect(hash).toMatch(/^scrypt\$131072\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
    expect(await verifyPassword('Parola-Sigura-1', hash)).toBe(true);
    expect(await verifyPassword('Parola-Sigura-2', hash)).toBe(false);
  });

  it('still verify when made at the earlier cost', async () => {
    const hash = oldHash('Parola-Veche-1');
    expect(await verifyPassword('Parola-Veche-1', hash)).toBe(true);
    expect(await verifyPassword('Parola-Veche-2', hash)).toBe(false);
  });

  it('refuse a stored hash whose parameters would cost more than the server allows', async () => {
    const hostile = ['scrypt', 2 ** 24, 8, 1, 'c2FsdA', 'aGFzaA'].join('$');
    expect(await verifyPassword('x', hostile)).toBe(false);
  });
});
