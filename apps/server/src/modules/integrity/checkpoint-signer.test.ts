import { generateKeyPairSync } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkpointSignatureValid, signCheckpoint } from './checkpoint';
import { CheckpointKeyError, DEFAULT_KEY_FILE, loadCheckpointSigner } from './checkpoint-signer';

let dataDir: string;
beforeEach(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'siui-signer-'));
});
afterEach(() => fs.rmSync(dataDir, { recursive: true, force: true }));

const stretch = {
  chain: 'audit' as const,
  from: 0,
  seq: 1,
  headId: 7,
  head: 'a'.repeat(64),
  fp: 'qqqqqg==',
  at: '2026-12-04T12:00:00.000Z',
};

describe('checkpoint signing key', () => {
  it('is created once in the data dir, readable by its owner only, and reused afterwards', () => {
    const first = loadCheckpointSigner({ dataDir });
    const file = path.join(dataDir, DEFAULT_KEY_FILE);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(fs.readFileSync(file, 'utf8')).toMatch(/^-----BEGIN PRIVATE KEY-----/);
    const again = loadCheckpointSigner({ dataDir });
    expect(again.keyId).toBe(first.keyId);
    expect(checkpointSignatureValid(again, signCheckpoint(first, stretch))).toBe(true);
  });

  it('refuses a damaged key file and leaves it as it was', () => {
    const file = path.join(dataDir, DEFAULT_KEY_FILE);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, '-----BEGIN PRIVATE KEY-----\nnu-e-cheie\n-----END PRIVATE KEY-----\n');
    expect(() => loadCheckpointSigner({ dataDir })).toThrow(CheckpointKeyError);
    expect(() => loadCheckpointSigner({ dataDir })).toThrow(/coruptă.*damaged/s);
    expect(fs.readFileSync(file, 'utf8')).toContain('nu-e-cheie');
  });

  it('refuses a key of another type and a configured file that does not exist', () => {
    const ecKey = path.join(dataDir, 'ec.pem');
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    fs.writeFileSync(ecKey, privateKey.export({ type: 'pkcs8', format: 'pem' }));
    expect(() => loadCheckpointSigner({ dataDir, keyFile: ecKey })).toThrow(/Ed25519/);
    expect(() => loadCheckpointSigner({ dataDir, keyFile: path.join(dataDir, 'none.pem') })).toThrow(
      /missing/,
    );
    expect(fs.existsSync(path.join(dataDir, 'none.pem'))).toBe(false);
  });

  it('uses the configured key and rejects a checkpoint changed after signing or signed by another key', () => {
    const ours = loadCheckpointSigner({ dataDir });
    const otherDir = fs.mkdtempSync(path.join(os.tmpdir(), 'siui-other-'));
    const other = loadCheckpointSigner({ dataDir: otherDir });
    fs.rmSync(otherDir, { recursive: true, force: true });
    const signed = signCheckpoint(ours, stretch);
    expect(checkpointSignatureValid(ours, { ...signed, head: 'b'.repeat(64) })).toBe(false);
    expect(checkpointSignatureValid(ours, { ...signed, seq: 2 })).toBe(false);
    expect(checkpointSignatureValid(other, signed)).toBe(false);
    expect(checkpointSignatureValid(other, { ...signed, key: other.keyId })).toBe(false);
    const configured = loadCheckpointSigner({
      dataDir: '/nonexistent',
      keyFile: path.join(dataDir, DEFAULT_KEY_FILE),
    });
    expect(configured.keyId).toBe(ours.keyId);
  });
});
