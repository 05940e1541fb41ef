import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { testConfig } from '../test/test-app';
import { DEFAULT_KEY_FILE } from './modules/integrity/checkpoint-signer';
import { startServer } from './server';

// The key that seals the logs' checkpoints is created on the first start and never replaced: a new
// key would silently orphan every checkpoint signed so far.

describe('the audit signing key at server start', () => {
  it('is created on the first start, kept on the next, and a damaged one stops the start', async () => {
    const config = testConfig({
      SIUI_HTTP_PORT: '0',
      SIUI_ONLINE_PORT: '0',
      SIUI_ADMIN_PASSWORD: 'Parola-Test-123',
    });
    const keyFile = path.join(config.dataDir, DEFAULT_KEY_FILE);
    try {
      const first = await startServer(config);
      await first.close();
      const key = fs.readFileSync(keyFile, 'utf8');
      expect(fs.statSync(keyFile).mode & 0o777).toBe(0o600);
      const second = await startServer(config);
      await second.close();
      expect(fs.readFileSync(keyFile, 'utf8')).toBe(key);

      fs.writeFileSync(keyFile, key.slice(0, 40));
      await expect(startServer(config)).rejects.toThrow(/cheia de semnare a jurnalelor este coruptă/);
      expect(fs.readFileSync(keyFile, 'utf8')).toBe(key.slice(0, 40));
    } finally {
      fs.rmSync(config.dataDir, { recursive: true, force: true });
    }
  }, 120_000);
});
