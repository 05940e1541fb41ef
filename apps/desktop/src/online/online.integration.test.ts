import { describe, expect, it } from 'vitest';
import { readyDesktop, type SiuiWorld, sampleReport } from '../../test/desktop-world';
import { siuiWorldPerFile } from '../../test/siui-world-per-file';
import type { ConnectionStatus } from '../local-api/connection-status';

// Seed 3.2 against a real SIUI server: connecting with the certificate, SIUI's refusals in plain
// Romanian, sending, and the outbox delivered exactly once when SIUI comes back.

const world = siuiWorldPerFile();

async function until(condition: () => boolean, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not reached in time');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The provider's logouts in the Log OCSP, once there are `count` (or after 10 s, however many). */
async function logoutsReach(provider: Parameters<SiuiWorld['staff']['logoutsOf']>[0], count: number) {
  const deadline = Date.now() + 10_000;
  let seen = await world().staff.logoutsOf(provider);
  while (seen < count && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    seen = await world().staff.logoutsOf(provider);
  }
  return seen;
}

describe('online connection', () => {
  it('goes through the states to green, downloads the nomenclature and sends a report', async () => {
    const registered = await world().registeredProvider();
    const desktop = await readyDesktop(world(), registered);
    try {
      const seen: ConnectionStatus['phase'][] = [];
      desktop.connection.onChange((status) => seen.push(status.phase));
      const status = await desktop.connection.connect({ keepAlive: false });
      expect(status).toMatchObject({ phase: 'ONLINE', light: 'green', message: 'Conectat la SIUI' });
      expect(seen.slice(0, 3)).toEqual(['CHECKING_CERTIFICATE', 'OPENING_SESSION', 'ONLINE']);
      expect(desktop.nomenclature.list('CLIN').map((service) => service.code)).toContain('C001');

      const draft = desktop.reports.create(sampleReport());
      expect(draft.precheck.map((message) => message.code)).toEqual(['CNP_CHECK_DIGIT']);
      desktop.reports.queue(draft.id);
      expect(await desktop.connection.deliverSoon()).toEqual({ delivered: 1, rejected: 0 });
      const sent = desktop.reports.get(draft.id);
      expect(sent).toMatchObject({ status: 'SENT', siui: { state: 'PARTIALLY_VALID', acceptedLines: 1 } });
      expect(sent.messages).toEqual([
        expect.objectContaining({ line: 2, code: 'CNP_CHECK_DIGIT', severity: 'error', reportId: null }),
      ]);
      expect(desktop.messages.latest(10)).toEqual([
        expect.objectContaining({ code: 'CNP_CHECK_DIGIT', reportId: draft.id }),
      ]);
      expect(await world().staff.reportsOf(registered.provider)).toEqual([
        expect.objectContaining({ idempotencyKey: draft.idempotencyKey, state: 'PARTIALLY_VALID' }),
      ]);

      // Messages SIUI has for this provider arrive on connect too (e.g. sent from another computer).
      const second = await readyDesktop(world(), registered);
      await second.connection.connect({ keepAlive: false });
      expect(second.messages.latest(10)).toEqual([
        expect.objectContaining({ code: 'CNP_CHECK_DIGIT', reportId: null }),
      ]);
      // *Deconectare* (closing the program does it too) ends the session at SIUI: the Log OCSP of
      // the house shows each logout.
      second.close();
      expect(await logoutsReach(registered.provider, 1)).toBe(1);
      desktop.connection.disconnect();
      expect(desktop.connection.status().phase).toBe('OFFLINE');
      expect(await logoutsReach(registered.provider, 2)).toBe(2);
    } finally {
      desktop.close();
    }
  });

  it('fetches at the next connection every message sent from another computer, page after page', async () => {
    const registered = await world().registeredProvider();
    const office = await readyDesktop(world(), registered);
    const laptop = await readyDesktop(world(), registered);
    try {
      await office.connection.connect({ keepAlive: false });
      office.reports.queue(office.reports.create(sampleReport()).id);
      await office.connection.deliverSoon();
      await laptop.connection.connect({ keepAlive: false });
      expect(laptop.messages.latest(200)).toHaveLength(1);
      laptop.connection.disconnect();

      // More reports than SIUI gives in one answer, sent from the office meanwhile.
      for (let n = 0; n < 55; n++) office.reports.queue(office.reports.create(sampleReport()).id);
      expect(await office.connection.deliverSoon()).toEqual({ delivered: 55, rejected: 0 });
      await laptop.connection.connect({ keepAlive: false });
      expect(laptop.messages.latest(200)).toHaveLength(56);
    } finally {
      office.close();
      laptop.close();
    }
  });

  it('shows SIUI’s reason when the certificate is not registered or is suspended', async () => {
    const registered = await world().registeredProvider();
    const desktop = await readyDesktop(world(), registered);
    try {
      const stranger = world().pki.issueLeaf('Certificat neînregistrat');
      desktop.certificates.importPem(stranger.certificatePem, stranger.privateKeyPem);
      const unregistered = await desktop.connection.connect({ keepAlive: false });
      expect(unregistered).toMatchObject({
        phase: 'REFUSED',
        light: 'red',
        code: 'CERTIFICATE_NOT_REGISTERED',
      });
      expect(unregistered.message).toContain('nu este înregistrat la CAS-AB');

      desktop.certificates.importPem(registered.leaf.certificatePem, registered.leaf.privateKeyPem);
      await world().staff.setSuspended(registered.certificateId, true);
      const suspended = await desktop.connection.connect({ keepAlive: false });
      expect(suspended).toMatchObject({ phase: 'REFUSED', light: 'red', code: 'CERTIFICATE_SUSPENDED' });
      expect(suspended.message).toBe(
        'Certificatul este suspendat la casa de asigurări. Nu aveți acces la funcțiile online.',
      );

      desktop.setLanguage('en');
      expect((await desktop.connection.connect({ keepAlive: false })).message).toBe(
        'The certificate is suspended at the insurance house. Online functions are not available.',
      );
      await world().staff.setSuspended(registered.certificateId, false);
      expect((await desktop.connection.connect({ keepAlive: false })).phase).toBe('ONLINE');
    } finally {
      desktop.close();
    }
  });

  it('trusts only the pinned gateway certificate', async () => {
    const registered = await world().registeredProvider();
    const desktop = await readyDesktop(world(), registered);
    try {
      desktop.db.prepare(`UPDATE activation SET online_tls_sha256 = ?`).run('00'.repeat(32));
      const status = await desktop.connection.connect({ keepAlive: false });
      expect(status).toMatchObject({ phase: 'REFUSED', code: 'PIN_MISMATCH' });
      expect(status.message).toContain('amprenta SHA-256 diferă');
    } finally {
      desktop.close();
    }
  });

  it('keeps the outbox while SIUI is down and delivers it exactly once when it is back', async () => {
    const registered = await world().registeredProvider();
    const desktop = await readyDesktop(world(), registered, { heartbeatMs: 300 });
    const other = await readyDesktop(world(), registered);
    try {
      expect((await desktop.connection.connect({ keepAlive: true })).phase).toBe('ONLINE');
      await world().server.stop();
      // The heartbeat notices, the light turns red with the reason, and retries are scheduled.
      await until(() => desktop.connection.status().code === 'GATEWAY_UNREACHABLE');
      expect(desktop.connection.status()).toMatchObject({ phase: 'OFFLINE', light: 'red' });
      expect(desktop.connection.status().retryAt).not.toBeNull();

      const first = desktop.reports.queue(desktop.reports.create(sampleReport({ valid: true })).id);
      const second = desktop.reports.queue(
        desktop.reports.create({ ...sampleReport(), lines: sampleReport().lines.slice(1) }).id,
      );
      expect(desktop.reports.outboxCount()).toBe(2);

      await world().server.start();
      await until(() => desktop.reports.outboxCount() === 0, 60_000);
      expect(desktop.connection.status().phase).toBe('ONLINE');
      expect(desktop.reports.get(first.id).siui?.state).toBe('VALID');
      expect(desktop.reports.get(second.id).siui?.state).toBe('INVALID');

      // A second delivery of the same reports (a crash before the answer was stored, another
      // process) is answered from SIUI's first answer: nothing new is stored.
      desktop.db.prepare(`UPDATE reports SET status = 'OUTBOX'`).run();
      await desktop.connection.deliverSoon();
      const onServer = await world().staff.reportsOf(registered.provider);
      expect(onServer.map((report) => report.idempotencyKey).sort()).toEqual(
        [first.idempotencyKey, second.idempotencyKey].sort(),
      );
      expect(other.reports.list()).toEqual([]);
    } finally {
      desktop.close();
      other.close();
    }
  }, 120_000);
});
