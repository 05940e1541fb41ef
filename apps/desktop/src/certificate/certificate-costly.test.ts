import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeTempDataDirs, tempDataDir } from '../../test/desktop-world';
import { createTestPki, type TestLeaf, type TestPki } from '../../test/test-pki';
import { type Desktop, openDesktop } from '../desktop';
import { DesktopError } from '../errors/desktop-error';
import { MAX_CERTIFICATE_FILE_BYTES } from './certificate-input';

// Files built to make the import work for minutes: they are refused at once, with a clear message,
// and the certificate in use stays.

const PASSWORD = 'Parola-p12 #2';
let pki: TestPki;
let leaf: TestLeaf;
let desktop: Desktop;

beforeAll(() => {
  pki = createTestPki();
  leaf = pki.issueLeaf('Cabinet Răbdător');
  desktop = openDesktop({ dataDir: tempDataDir(), language: 'ro' });
});
afterAll(() => {
  desktop.close();
  pki.dispose();
  removeTempDataDirs();
});

function refusal(bytes: Uint8Array, password = ''): { code: string; message: string; ms: number } {
  const started = performance.now();
  try {
    desktop.certificates.importFile(bytes, password);
  } catch (error) {
    if (!(error instanceof DesktopError)) throw error;
    return { code: error.code, message: error.describe('ro'), ms: performance.now() - started };
  }
  throw new Error('the file was imported');
}

describe('costly certificate files', () => {
  it('refuses a PEM file of the largest allowed size made of BEGIN lines without an END within a second', () => {
    const line = '-----BEGIN CERTIFICATE-----\n';
    const hostile = Buffer.from(line.repeat(Math.floor(MAX_CERTIFICATE_FILE_BYTES / line.length)));
    const { code, ms } = refusal(hostile);
    expect(code).toBe('CERTIFICATE_FILE_UNREADABLE');
    expect(ms).toBeLessThan(1000);
  }, 60_000);

  it('refuses a file larger than any certificate without reading it', () => {
    const { code, message } = refusal(Buffer.alloc(MAX_CERTIFICATE_FILE_BYTES + 1, 0x41));
    expect(code).toBe('CERTIFICATE_FILE_TOO_LARGE');
    expect(message).toContain('2 MiB');
  });

  it('refuses a PKCS#12 asking for a million key-derivation rounds, and opens one with 50,000', () => {
    const costly = fs.readFileSync(leaf.pkcs12(PASSWORD, { iterations: 1_000_000 }));
    const { code, message, ms } = refusal(costly, PASSWORD);
    expect(code).toBe('P12_KDF_TOO_COSTLY');
    expect(message).toContain('100000');
    expect(ms).toBeLessThan(1000);
    const generous = fs.readFileSync(leaf.pkcs12(PASSWORD, { iterations: 50_000 }));
    expect(desktop.certificates.importFile(generous, PASSWORD)).toBeTruthy();
  }, 60_000);
});
