import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeTempDataDirs, tempDataDir } from '../../test/desktop-world';
import { createTestPki, type TestLeaf, type TestPki } from '../../test/test-pki';
import { type Desktop, openDesktop } from '../desktop';

// *Certificat digital*: every format a provider may bring, and a clear error for everything else.

let pki: TestPki;
let leaf: TestLeaf;
let desktop: Desktop;
const PASSWORD = 'Parola-p12 #1';
const ROMANIAN_PASSWORD = 'Parolă-p12 ăîșț';

beforeAll(() => {
  pki = createTestPki();
  leaf = pki.issueLeaf('Clinica Sfântul Ștefan');
  desktop = openDesktop({ dataDir: tempDataDir(), language: 'ro' });
});
afterAll(() => {
  desktop.close();
  pki.dispose();
  removeTempDataDirs();
});

const importFile = (file: string, password: string) =>
  desktop.certificates.importFile(fs.readFileSync(file), password);

describe('certificate import', () => {
  it('reads a PKCS#12 made by OpenSSL 3 (AES-256, PBKDF2) and shows who it is for', () => {
    const summary = importFile(leaf.pkcs12(PASSWORD), PASSWORD);
    expect(summary.subject).toBe('CN=Clinica Sfântul Ștefan, O=Clinica Sfântul Ștefan, C=RO');
    expect(summary.issuer).toBe('CN=Autoritatea de Test SIUI, O=Autoritatea de Test SIUI, C=RO');
    expect(summary.serialNumber).toBe(leaf.serialNumber.toUpperCase());
    expect(summary.warning).toBeNull();
    expect(summary.daysLeft).toBeGreaterThan(360);
    // The chain came along, the key stayed the leaf's.
    expect(desktop.certificates.clientCredentials()?.certificatePem).toContain(pki.caPem.trim());
  });

  it('reads a Windows-style PKCS#12 (3DES, SHA-1 MAC)', () => {
    expect(importFile(leaf.pkcs12(PASSWORD, { legacy3des: true }), PASSWORD).serialNumber).toBe(
      leaf.serialNumber.toUpperCase(),
    );
  });

  it('takes a password with diacritics for PKCS#12-encrypted files, and explains the AES case', () => {
    expect(
      importFile(leaf.pkcs12(ROMANIAN_PASSWORD, { legacy3des: true }), ROMANIAN_PASSWORD).serialNumber,
    ).toBe(leaf.serialNumber.toUpperCase());
    expect(() => importFile(leaf.pkcs12(ROMANIAN_PASSWORD), ROMANIAN_PASSWORD)).toThrow(
      expect.objectContaining({ code: 'P12_PASSWORD_CHARACTERS' }),
    );
  });

  it('says the password is wrong', () => {
    expect(() => importFile(leaf.pkcs12(PASSWORD), 'greșită')).toThrow(
      expect.objectContaining({ code: 'P12_WRONG_PASSWORD' }),
    );
    expect(() => importFile(leaf.pkcs12(PASSWORD, { legacy3des: true }), '')).toThrow(
      expect.objectContaining({ code: 'P12_WRONG_PASSWORD' }),
    );
  });

  it('reads even the RC2 encryption of old Windows exports', () => {
    const file = path.join(pki.directory, 'legacy-rc2.p12');
    execFileSync(
      'openssl',
      [
        ...['pkcs12', '-export', '-legacy', '-in', leaf.certificateFile, '-inkey', leaf.keyFile],
        ...['-out', file, '-passout', 'pass:rc2'],
      ],
      { stdio: 'ignore' },
    );
    expect(importFile(file, 'rc2').subject).toContain('Clinica');
    expect(() => importFile(file, 'alta')).toThrow(expect.objectContaining({ code: 'P12_WRONG_PASSWORD' }));
  });

  it('reads a PEM certificate and key, also a key protected by a password', () => {
    expect(desktop.certificates.importPem(leaf.certificatePem, leaf.privateKeyPem).subject).toContain(
      'Clinica',
    );
    const encrypted = execFileSync(
      'openssl',
      ['pkcs8', '-topk8', '-in', leaf.keyFile, '-passout', 'pass:cheie'],
      {
        encoding: 'utf8',
      },
    );
    expect(desktop.certificates.importPem(leaf.certificatePem, encrypted, 'cheie').subject).toContain(
      'Clinica',
    );
    expect(() => desktop.certificates.importPem(leaf.certificatePem, encrypted, 'alta')).toThrow(
      expect.objectContaining({ code: 'PEM_KEY_UNREADABLE' }),
    );
    // One PEM file holding both, given as a "p12": read all the same.
    expect(
      desktop.certificates.importFile(Buffer.from(leaf.certificatePem + leaf.privateKeyPem), '').subject,
    ).toContain('Clinica');
  });

  it('refuses a key of another certificate, a CA certificate and garbage, with clear messages', () => {
    const stranger = pki.issueLeaf('Alt furnizor');
    expect(() => desktop.certificates.importPem(leaf.certificatePem, stranger.privateKeyPem)).toThrow(
      expect.objectContaining({ code: 'KEY_DOES_NOT_MATCH_CERTIFICATE' }),
    );
    const caKey = fs.readFileSync(path.join(pki.directory, 'ca-key.pem'), 'utf8');
    expect(() => desktop.certificates.importPem(pki.caPem, caKey)).toThrow(
      expect.objectContaining({ code: 'CERTIFICATE_IS_CA' }),
    );
    const garbage = (bytes: Uint8Array) => {
      try {
        desktop.certificates.importFile(bytes, 'x');
        return 'imported';
      } catch (error) {
        return (error as { describe(language: 'ro'): string }).describe('ro');
      }
    };
    const unreadable = 'Fișierul nu este un certificat digital lizibil: nici PKCS#12 (.p12/.pfx), nici PEM.';
    expect(garbage(Buffer.from('nu sunt un certificat'))).toBe(unreadable);
    expect(garbage(new Uint8Array([0x30, 0x82, 0x01, 0x00, 1, 2, 3]))).toBe(unreadable);
    expect(garbage(Buffer.from('-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n'))).toBe(
      unreadable,
    );
    // A failed import leaves the previous certificate in place.
    expect(desktop.certificates.current()?.subject).toContain('Clinica Sfântul Ștefan');
  });

  it('keeps the private key sealed at rest', () => {
    desktop.certificates.importPem(leaf.certificatePem, leaf.privateKeyPem);
    const row = desktop.db.prepare('SELECT private_key_sealed FROM certificate').get() as {
      private_key_sealed: string;
    };
    expect(row.private_key_sealed).toMatch(/^v1\./);
    expect(row.private_key_sealed).not.toContain('PRIVATE KEY');
    expect(desktop.certificates.clientCredentials()?.privateKeyPem).toContain('BEGIN PRIVATE KEY');
  });

  it('warns 30 days before the certificate expires', () => {
    const shortLived = pki.issueLeaf('Clinica cu certificat scurt', { days: 20 });
    const summary = desktop.certificates.importPem(shortLived.certificatePem, shortLived.privateKeyPem);
    expect(summary.warning).toBe('EXPIRES_SOON');
    expect(summary.daysLeft).toBeLessThan(20);
  });
});
