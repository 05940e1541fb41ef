import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { sampleReport, tempDataDir } from '../../test/desktop-world';
import { siuiWorldPerFile } from '../../test/siui-world-per-file';
import { openDesktop } from '../desktop';
import { type DesktopError, SiuiRefusal } from '../errors/desktop-error';

// Seed 3.1 against a real SIUI server: the key is checked locally, the answer is the provider's
// identity, re-activation keeps the local data, a reset key forces a re-activation.

const world = siuiWorldPerFile();

/** A typo in one character: the check symbols catch it. */
function withTypo(key: string): string {
  const replacement = key[0] === 'A' ? 'B' : 'A';
  return `${replacement}${key.slice(1)}`;
}

describe('activation', () => {
  it('activates with the key from the PDF and keeps the key out of the database', async () => {
    const { provider } = await world().registeredProvider();
    const dataDir = tempDataDir();
    const desktop = openDesktop({ dataDir, language: 'ro' });
    try {
      const outcome = await desktop.activation.activate({
        licenseSerial: provider.key.toLowerCase().replace(/-/g, ' '),
        insuranceHouse: 'cas-ab',
        reactivate: false,
        newDatabase: false,
        serverUrl: `${world().server.url}/`,
      });
      expect(outcome.localData).toBe('FIRST');
      expect(outcome.activation.provider).toMatchObject({
        code: provider.code,
        name: provider.name,
        fiscalCode: provider.fiscalCode,
      });
      expect(outcome.activation.house.code).toBe('CAS-AB');
      expect(outcome.activation.online?.tlsCertificateSha256).toMatch(/^[0-9A-F]{64}$/);
      expect(desktop.activation.serverUrl()).toBe(world().server.url);
      // The key: sealed in its own 0600 file, nowhere in the database.
      const keyFile = `${dataDir}/activation-key.sealed`;
      expect(fs.statSync(keyFile).mode & 0o777).toBe(0o600);
      expect(fs.readFileSync(keyFile, 'utf8')).not.toContain(provider.key);
      desktop.db.pragma('wal_checkpoint(TRUNCATE)');
      expect(fs.readFileSync(`${dataDir}/siui-desktop.sqlite`).toString('latin1')).not.toContain(
        provider.key,
      );
    } finally {
      desktop.close();
    }
  });

  it('refuses a typo locally, before any request', async () => {
    let requests = 0;
    const counter = http.createServer((_request, response) => {
      requests += 1;
      response.end('{}');
    });
    await new Promise<void>((resolve) => counter.listen(0, '127.0.0.1', resolve));
    const desktop = openDesktop({ dataDir: tempDataDir(), language: 'ro' });
    try {
      const { provider } = await world().registeredProvider();
      const serverUrl = `http://127.0.0.1:${(counter.address() as AddressInfo).port}`;
      const attempt = (licenseSerial: string) =>
        desktop.activation.activate({
          licenseSerial,
          insuranceHouse: 'CAS-AB',
          reactivate: false,
          newDatabase: false,
          serverUrl,
        });
      await expect(attempt(withTypo(provider.key))).rejects.toMatchObject({ code: 'ACTIVATION_KEY_TYPO' });
      await expect(attempt('ABCDE-FGHJK')).rejects.toMatchObject({ code: 'ACTIVATION_KEY_FORMAT' });
      await expect(attempt('UUUUU-UUUUU-UUUUU-UUUUU')).rejects.toMatchObject({
        code: 'ACTIVATION_KEY_FORMAT',
      });
      await expect(
        desktop.activation.activate({
          licenseSerial: provider.key,
          insuranceHouse: 'CAS-XX',
          reactivate: false,
          newDatabase: false,
          serverUrl,
        }),
      ).rejects.toMatchObject({ code: 'UNKNOWN_HOUSE' });
      expect(requests).toBe(0);
      const typo = await attempt(withTypo(provider.key)).catch((error: unknown) => error);
      expect((typo as DesktopError).describe('ro')).toBe(
        'Seria de licență conține o greșeală de tastare. Verificați caracterele cu cele din convenția de utilizare.',
      );
    } finally {
      desktop.close();
      counter.close();
    }
  });

  it('passes on SIUI’s refusal of another house’s key, in Romanian or English', async () => {
    const { provider } = await world().registeredProvider();
    const desktop = openDesktop({ dataDir: tempDataDir(), language: 'en' });
    try {
      const refusal = await desktop.activation
        .activate({
          licenseSerial: provider.key,
          insuranceHouse: 'CAS-CJ',
          reactivate: false,
          newDatabase: false,
          serverUrl: world().server.url,
        })
        .catch((error: unknown) => error);
      expect(refusal).toBeInstanceOf(SiuiRefusal);
      expect(refusal).toMatchObject({ status: 401, code: 'ACTIVATION_HOUSE_MISMATCH' });
      expect((refusal as SiuiRefusal).serverMessage).toBe(
        'The activation key does not belong to the selected insurance house.',
      );
      expect(desktop.activation.current()).toBeUndefined();
    } finally {
      desktop.close();
    }
  });

  it('keeps the local data on re-activation, refuses to mix providers, archives on a new database', async () => {
    const first = await world().registeredProvider();
    const other = await world().registeredProvider();
    const dataDir = tempDataDir();
    const desktop = openDesktop({ dataDir, language: 'ro' });
    const activate = (key: string, flags: { reactivate: boolean; newDatabase: boolean }) =>
      desktop.activation.activate({
        licenseSerial: key,
        insuranceHouse: 'CAS-AB',
        serverUrl: world().server.url,
        ...flags,
      });
    try {
      await activate(first.provider.key, { reactivate: false, newDatabase: false });
      desktop.certificates.importPem(first.leaf.certificatePem, first.leaf.privateKeyPem);
      const draft = desktop.reports.create(sampleReport());

      // Neither ticked nor confirmed: nothing is sent, nothing changes.
      await expect(
        activate(first.provider.key, { reactivate: false, newDatabase: false }),
      ).rejects.toMatchObject({
        code: 'LOCAL_DATA_EXISTS',
      });
      const kept = await activate(first.provider.key, { reactivate: true, newDatabase: false });
      expect(kept.localData).toBe('KEPT');
      expect(desktop.reports.get(draft.id).id).toBe(draft.id);
      expect(desktop.certificates.current()).not.toBeNull();

      await expect(
        activate(other.provider.key, { reactivate: true, newDatabase: false }),
      ).rejects.toMatchObject({
        code: 'ACTIVATION_OTHER_PROVIDER',
      });
      expect(desktop.activation.current()?.provider.code).toBe(first.provider.code);

      const fresh = await activate(other.provider.key, { reactivate: false, newDatabase: true });
      expect(fresh.localData).toBe('NEW');
      expect(desktop.activation.current()?.provider.code).toBe(other.provider.code);
      expect(desktop.reports.list()).toEqual([]);
      expect(desktop.certificates.current()).toBeNull();
      expect(fresh.archiveFile).toContain(`${dataDir}/archive/`);
      expect(fs.statSync(fresh.archiveFile ?? '').mode & 0o777).toBe(0o600);
    } finally {
      desktop.close();
    }
  });

  it('after a key reset, connecting says KEY_RESET until re-activated with the new key', async () => {
    const registered = await world().registeredProvider();
    const desktop = openDesktop({ dataDir: tempDataDir(), language: 'ro' });
    try {
      await desktop.activation.activate({
        licenseSerial: registered.provider.key,
        insuranceHouse: 'CAS-AB',
        reactivate: false,
        newDatabase: false,
        serverUrl: world().server.url,
      });
      desktop.certificates.importPem(registered.leaf.certificatePem, registered.leaf.privateKeyPem);
      const draft = desktop.reports.create(sampleReport());
      expect((await desktop.connection.connect({ keepAlive: false })).phase).toBe('ONLINE');

      const newKey = await world().staff.resetKey(registered.provider);
      const refused = await desktop.connection.connect({ keepAlive: false });
      expect(refused).toMatchObject({ phase: 'REFUSED', light: 'red', code: 'KEY_RESET' });
      expect(refused.message).toBe(
        'Cheia de activare a fost resetată la casa de asigurări. Reactivați aplicația cu cheia nouă.',
      );
      // The old key does not activate any more either.
      await expect(
        desktop.activation.activate({
          licenseSerial: registered.provider.key,
          insuranceHouse: 'CAS-AB',
          reactivate: true,
          newDatabase: false,
        }),
      ).rejects.toMatchObject({ code: 'ACTIVATION_KEY_INVALID' });

      const again = await desktop.activation.activate({
        licenseSerial: newKey,
        insuranceHouse: 'CAS-AB',
        reactivate: true,
        newDatabase: false,
      });
      expect(again.localData).toBe('KEPT');
      expect(again.activation.keyGeneration).toBe(2);
      expect((await desktop.connection.connect({ keepAlive: false })).phase).toBe('ONLINE');
      expect(desktop.reports.get(draft.id).status).toBe('DRAFT');
    } finally {
      desktop.close();
    }
  });
});
