import fs from 'node:fs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeTempDataDirs, tempDataDir } from '../../test/desktop-world';
import { createTestPki, type TestLeaf, type TestPki } from '../../test/test-pki';
import { type Desktop, openDesktop } from '../desktop';
import { DesktopError } from '../errors/desktop-error';

// Hostile files in *Certificat digital*: whatever a provider (or an attacker) feeds the import,
// the answer is a clear message in the provider's language, and the certificate in use stays.

const PASSWORD = 'Parola-p12 #1';
let pki: TestPki;
let leaf: TestLeaf;
let desktop: Desktop;
let genuine: { aes: Uint8Array; des: Uint8Array };
let tried = 0;

beforeAll(() => {
  pki = createTestPki();
  leaf = pki.issueLeaf('Cabinet Ostil');
  desktop = openDesktop({ dataDir: tempDataDir(), language: 'ro' });
  genuine = {
    aes: fs.readFileSync(leaf.pkcs12(PASSWORD)),
    des: fs.readFileSync(leaf.pkcs12(PASSWORD, { legacy3des: true })),
  };
  desktop.certificates.importFile(genuine.des, PASSWORD);
});
afterAll(() => {
  desktop.close();
  pki.dispose();
  removeTempDataDirs();
  process.stdout.write(`hostile PKCS#12 files tried: ${tried}\n`);
});

/** The import's verdict: 'imported', or the message a provider reads; anything else fails the test. */
function verdict(bytes: Uint8Array, password: string): string {
  tried += 1;
  try {
    desktop.certificates.importFile(bytes, password);
    return 'imported';
  } catch (error) {
    if (!(error instanceof DesktopError)) throw error;
    const ro = error.describe('ro');
    const en = error.describe('en');
    expect(ro.length).toBeGreaterThan(10);
    expect(en.length).toBeGreaterThan(10);
    expect(ro).not.toMatch(/undefined|\[object|TypeError|\n\s+at /);
    return ro;
  }
}

describe('hostile certificate files', () => {
  it('answers random bytes with a clear message', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 4096 }), fc.string(), (bytes, password) => {
        expect(verdict(bytes, password)).not.toBe('imported');
      }),
      { numRuns: 300 },
    );
  });

  it('answers a genuine PKCS#12 cut short or with bytes changed, and never takes a wrong one', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('aes' as const, 'des' as const),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 255 })), { minLength: 1, maxLength: 8 }),
        fc.option(fc.nat(), { nil: undefined }),
        (kind, flips, cut) => {
          const bytes = Uint8Array.from(genuine[kind]);
          for (const [position, mask] of flips) {
            const index = position % bytes.length;
            bytes[index] = (bytes[index] ?? 0) ^ mask;
          }
          const hostile = cut === undefined ? bytes : bytes.subarray(0, cut % bytes.length);
          const answer = verdict(hostile, PASSWORD);
          // A changed byte the MAC does not cover may still import; it must then be the same certificate.
          if (answer === 'imported') {
            expect(desktop.certificates.current()?.serialNumber).toBe(leaf.serialNumber.toUpperCase());
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('answers PEM armour around garbage, nested and oversized, and keeps the certificate in use', () => {
    const armour = (label: string, body: string) =>
      `-----BEGIN ${label}-----\n${body}\n-----END ${label}-----\n`;
    const hostile = [
      armour('CERTIFICATE', 'A'.repeat(200_000)),
      armour('CERTIFICATE', armour('CERTIFICATE', 'MIIB')),
      armour('PRIVATE KEY', Buffer.from('\u0000'.repeat(64)).toString('base64')),
      armour('ENCRYPTED PRIVATE KEY', 'MIIB'),
      `${leaf.certificatePem}${armour('PRIVATE KEY', 'MIIBgarbage')}`,
      '../../../../etc/passwd',
      '{"__proto__":{"polluted":true}}',
    ];
    for (const text of hostile) expect(verdict(Buffer.from(text), PASSWORD)).not.toBe('imported');
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
    expect(desktop.certificates.current()?.serialNumber).toBe(leaf.serialNumber.toUpperCase());
  });
});
