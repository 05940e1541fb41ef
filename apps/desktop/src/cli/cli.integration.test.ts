import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { runCli, spawnCli } from '../../test/cli-runner';
import { sampleReport, tempDataDir } from '../../test/desktop-world';
import { siuiWorldPerFile } from '../../test/siui-world-per-file';
import type { TestProvider } from '../../test/staff-api';
import type { TestLeaf } from '../../test/test-pki';

// The scriptable `siui-desktop` as a person (or a script) uses it: each command in its own
// process on the same data directory, one clear line and a non-zero exit code on failure.

const world = siuiWorldPerFile();

function desktopCli(dataDir: string) {
  return (...args: string[]) => runCli(['--data-dir', dataDir, '--server', world().server.url, ...args]);
}

function writeReport(dataDir: string, name: string, report: object): string {
  const file = path.join(dataDir, name);
  fs.writeFileSync(file, JSON.stringify(report));
  return file;
}

async function activatedWithCertificate(): Promise<{
  cli: ReturnType<typeof desktopCli>;
  dataDir: string;
  provider: TestProvider;
  leaf: TestLeaf;
}> {
  const { provider, leaf } = await world().registeredProvider();
  const dataDir = tempDataDir();
  const cli = desktopCli(dataDir);
  expect((await cli('activate', '--serial', provider.key, '--house', provider.house)).code).toBe(0);
  expect((await cli('cert', 'import', '--cert', leaf.certificateFile, '--key', leaf.keyFile)).code).toBe(0);
  return { cli, dataDir, provider, leaf };
}

describe('siui-desktop', () => {
  it('activates, imports the certificate, connects, sends and lists the messages', async () => {
    const { provider, leaf } = await world().registeredProvider();
    const dataDir = tempDataDir();
    const cli = desktopCli(dataDir);

    const typo = await cli(
      'activate',
      '--serial',
      `${provider.key.slice(0, -1)}${provider.key.endsWith('A') ? 'B' : 'A'}`,
      '--house',
      'CAS-AB',
    );
    expect(typo).toMatchObject({ code: 1, stdout: '' });
    expect(typo.stderr).toBe(
      'Seria de licență conține o greșeală de tastare. Verificați caracterele cu cele din convenția de utilizare.\n',
    );

    const activated = await cli('activate', '--serial', provider.key, '--house', 'CAS-AB');
    expect(activated.code).toBe(0);
    expect(activated.stdout).toContain(
      `Aplicația a fost activată pentru ${provider.name} (cod ${provider.code}, CUI ${provider.fiscalCode})`,
    );

    const again = await cli('activate', '--serial', provider.key, '--house', 'CAS-AB');
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/^Baza de date locală conține datele furnizorului .* Folosiți --reactivate/);
    expect(
      (await cli('activate', '--serial', provider.key, '--house', 'CAS-AB', '--reactivate')).stdout,
    ).toContain('Reactivare: datele locale au fost păstrate.');

    const noCertificate = await cli('connect');
    expect(noCertificate.code).toBe(1);
    expect(noCertificate.stderr).toContain('Nu există un certificat digital importat.');

    const garbage = await cli(
      'cert',
      'import',
      writeReport(dataDir, 'garbage.p12', { not: 'a certificate' }),
      '--password',
      'x',
    );
    expect(garbage).toMatchObject({
      code: 1,
      stderr: 'Fișierul nu este un certificat digital lizibil: nici PKCS#12 (.p12/.pfx), nici PEM.\n',
    });
    const p12 = leaf.pkcs12('parola-p12');
    expect((await cli('cert', 'import', p12, '--password', 'greșit')).stderr).toBe(
      'Parola fișierului PKCS#12 (.p12/.pfx) este greșită.\n',
    );
    expect((await cli('cert', 'import', path.join(dataDir, 'nu-exista.p12'))).stderr).toContain('nu există');
    const imported = await cli('cert', 'import', p12, '--password', 'parola-p12');
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain(`Număr serial: ${leaf.serialNumber.toUpperCase()}`);

    const connected = await cli('connect');
    expect(connected).toMatchObject({ code: 0, stderr: '' });
    expect(connected.stdout).toContain(`Conectat la SIUI (${provider.name}).`);

    const sent = await cli('send', writeReport(dataDir, 'report.json', sampleReport()));
    expect(sent.code).toBe(0);
    expect(sent.stdout).toContain('Verificare locală: 1 erori, 0 avertismente.');
    expect(sent.stdout).toMatch(
      /Raportarea \d{4}-\d{2} a fost trimisă\. Stare SIUI: parțial validă \(linii acceptate: 1 din 2\)\./,
    );
    expect(sent.stdout).toContain('eroare · CNP_CHECK_DIGIT · linia 2 ·');

    const messages = await cli('messages');
    expect(messages.stdout).toContain('CNP_CHECK_DIGIT');
    const english = await runCli(['--data-dir', dataDir, 'messages'], { LANG: 'en_US.UTF-8' });
    expect(english.stdout).toContain('error · CNP_CHECK_DIGIT · line 2');

    const status = await cli('--lang', 'en', 'status');
    expect(status.stdout).toContain(`Provider: ${provider.name}`);
    expect(status.stdout).toContain('Outbox: 0 reports');
  }, 120_000);

  it('says what SIUI refused, in one line', async () => {
    const { cli, provider } = await activatedWithCertificate();
    await world().staff.resetKey(provider);
    const refused = await cli('connect');
    expect(refused).toMatchObject({
      code: 1,
      stdout: '',
      stderr: 'Cheia de activare a fost resetată la casa de asigurări. Reactivați aplicația cu cheia nouă.\n',
    });
    expect((await cli('--lang', 'en', 'connect')).stderr).toBe(
      'The activation key was reset at the insurance house. Re-activate the application with the new key.\n',
    );
  }, 60_000);

  it('keeps reports sent while SIUI is down, even when the program is killed, and delivers each once', async () => {
    const { cli, dataDir, provider } = await activatedWithCertificate();
    await world().server.stop();
    try {
      // SIUI is down: the report goes to the outbox and the command says so.
      const first = sampleReport({ valid: true });
      const queued = await cli('send', writeReport(dataDir, 'first.json', first));
      expect(queued.code).toBe(0);
      expect(queued.stdout).toContain(
        `SIUI nu este accesibil (conexiunea a fost refuzată). Raportarea ${first.period} a fost pusă în coada de trimitere`,
      );

      // Now SIUI's port accepts connections but never answers: the command hangs in the TLS
      // handshake, with its report already in the outbox, and is killed there.
      let connected = () => {};
      const reached = new Promise<void>((resolve) => {
        connected = resolve;
      });
      const held: net.Socket[] = [];
      const blackhole = net.createServer((socket) => {
        held.push(socket);
        connected();
      });
      await new Promise<void>((resolve) => blackhole.listen(world().server.onlinePort, '127.0.0.1', resolve));
      const child = spawnCli([
        '--data-dir',
        dataDir,
        'send',
        writeReport(dataDir, 'second.json', sampleReport()),
      ]);
      await reached;
      const outbox = new Database(path.join(dataDir, 'siui-desktop.sqlite'), { readonly: true });
      expect(
        (outbox.prepare(`SELECT count(*) AS n FROM reports WHERE status = 'OUTBOX'`).get() as { n: number })
          .n,
      ).toBe(2);
      outbox.close();
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGKILL');
      await exited;
      // Never read from, these sockets would not notice the peer is gone: close them ourselves.
      for (const socket of held) socket.destroy();
      await new Promise<void>((resolve) => blackhole.close(() => resolve()));
    } finally {
      await world().server.start();
    }

    const delivered = await cli('connect');
    expect(delivered.code).toBe(0);
    expect(delivered.stdout).toContain('Raportări trimise din coada de trimitere: 2.');
    expect((await cli('connect')).stdout).toContain('Raportări trimise din coada de trimitere: 0.');
    const onServer = await world().staff.reportsOf(provider);
    expect(onServer).toHaveLength(2);
    expect(new Set(onServer.map((report) => report.idempotencyKey)).size).toBe(2);
    expect(onServer.map((report) => report.state).sort()).toEqual(['PARTIALLY_VALID', 'VALID']);
  }, 120_000);
});
