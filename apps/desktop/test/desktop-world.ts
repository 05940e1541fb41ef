import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { makeValidCnp } from '@siui/core';
import { type Desktop, openDesktop } from '../src/desktop';
import { type SiuiServer, startSiuiServer } from './siui-server';
import { StaffApi, type TestProvider } from './staff-api';
import { createTestPki, type TestLeaf, type TestPki } from './test-pki';

// One SIUI server per test file, with a CNAS administrator, a trusted issuing authority and a
// factory of providers whose certificates are registered, ready for the desktop to use.

export interface SiuiWorld {
  server: SiuiServer;
  staff: StaffApi;
  pki: TestPki;
  /** A provider with its key, and a leaf certificate registered for its external user. */
  registeredProvider(options?: {
    category?: string;
  }): Promise<{ provider: TestProvider; leaf: TestLeaf; certificateId: string }>;
  dispose(): Promise<void>;
}

export async function startSiuiWorld(): Promise<SiuiWorld> {
  const server = await startSiuiServer();
  const staff = await StaffApi.logIn(server.url);
  const pki = createTestPki();
  await staff.registerIssuingAuthority(pki.caPem);
  return {
    server,
    staff,
    pki,
    async registeredProvider(options = {}) {
      const provider = await staff.createProvider(options);
      const leaf = pki.issueLeaf(provider.name);
      const registered = await staff.registerCertificate(provider, leaf.certificatePem);
      return { provider, leaf, certificateId: registered.id };
    },
    async dispose() {
      pki.dispose();
      await server.dispose();
    },
  };
}

const dataDirs: string[] = [];

export function tempDataDir(): string {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'siui-desktop-data-'));
  dataDirs.push(dataDir);
  return dataDir;
}

export function removeTempDataDirs(): void {
  for (const dataDir of dataDirs.splice(0)) fs.rmSync(dataDir, { recursive: true, force: true });
}

/** A desktop on a fresh data directory, activated for `provider` with its certificate imported. */
export async function readyDesktop(
  world: SiuiWorld,
  registered: { provider: TestProvider; leaf: TestLeaf },
  options: { heartbeatMs?: number } = {},
): Promise<Desktop> {
  const desktop = openDesktop({ dataDir: tempDataDir(), language: 'ro', ...options });
  await desktop.activation.activate({
    licenseSerial: registered.provider.key,
    insuranceHouse: registered.provider.house,
    reactivate: false,
    newDatabase: false,
    serverUrl: world.server.url,
  });
  desktop.certificates.importPem(registered.leaf.certificatePem, registered.leaf.privateKeyPem);
  return desktop;
}

/** A report of last month for a CLIN provider: the first line valid, the second with a bad CNP. */
export function sampleReport(options: { valid?: boolean } = {}) {
  const lastMonth = new Date();
  lastMonth.setDate(1);
  lastMonth.setMonth(lastMonth.getMonth() - 1);
  const period = `${lastMonth.getFullYear()}-${String(lastMonth.getMonth() + 1).padStart(2, '0')}`;
  const cnp = makeValidCnp({ birthDate: '1975-03-14', sequence: 7 });
  const wrongCheckDigit = `${cnp.slice(0, 12)}${(Number(cnp.slice(12)) + 1) % 10}`;
  const good = { cnp, serviceCode: 'C001', date: `${period}-05`, quantity: 1 };
  const bad = { cnp: wrongCheckDigit, serviceCode: 'C002', date: `${period}-06`, quantity: 1 };
  return { period, lines: options.valid ? [good] : [good, bad] };
}
