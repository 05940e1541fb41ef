import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { activationResultSchema, INSURANCE_HOUSES, type Language, normalizeLicenseKey } from '@siui/core';
import { DEFAULT_SERVER_URL } from '../config/data-dir';
import { DesktopError } from '../errors/desktop-error';
import { restrictToOwner } from '../storage/database';
import type { SettingsRepository } from '../storage/settings.repository';
import type { ActivationRepository, LocalActivation, LocalDataSummary } from './activation.repository';
import type { ActivationKeyStore } from './activation-key-store';
import { readServerCaFile } from './server-ca';
import { checkServerUrl } from './server-url';
import { postSiuiJson } from './siui-http';

export interface ActivateInput {
  licenseSerial: string;
  insuranceHouse: string;
  /** *Reactivare bază de date curentă*: keep the local data (same provider only). */
  reactivate: boolean;
  /** Confirmed: archive the local data and start an empty database (a fresh activation). */
  newDatabase: boolean;
  /** The SIUI base URL; defaults to the one remembered from the last activation. */
  serverUrl?: string;
  /** `--ca FILE`: a CA trusted for the server's HTTPS besides the public roots; kept for later. */
  caFile?: string;
}

export interface ActivationOutcome {
  activation: LocalActivation;
  /** FIRST: nothing was there; KEPT: re-activation kept the data; NEW: the old data was archived. */
  localData: 'FIRST' | 'KEPT' | 'NEW';
  archiveFile: string | null;
}

export const ACTIVATABLE_HOUSES = INSURANCE_HOUSES.filter(
  (house) => house.countyCode !== null || house.code === 'CASAOPSNAJ',
);

/**
 * Seed 3.1 on the desktop. The key is checked with the shared codec before anything is sent (a
 * typo never reaches SIUI); a fresh activation over existing data must be confirmed, and archives
 * that data rather than deleting it; a re-activation must be for the same provider.
 */
export class ActivationService {
  constructor(
    private readonly dataDir: string,
    private readonly repository: ActivationRepository,
    private readonly keys: ActivationKeyStore,
    private readonly settings: SettingsRepository,
    private readonly language: () => Language,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  current(): LocalActivation | undefined {
    return this.repository.current();
  }

  localData(): LocalDataSummary {
    return this.repository.summary();
  }

  serverUrl(): string {
    return this.settings.get('server_url') ?? this.repository.current()?.serverUrl ?? DEFAULT_SERVER_URL;
  }

  async activate(input: ActivateInput): Promise<ActivationOutcome> {
    const key = normalizeLicenseKey(input.licenseSerial);
    if (!key.ok)
      throw new DesktopError(key.reason === 'CHECKSUM' ? 'ACTIVATION_KEY_TYPO' : 'ACTIVATION_KEY_FORMAT');
    const house = ACTIVATABLE_HOUSES.find(
      (candidate) => candidate.code === input.insuranceHouse.toUpperCase(),
    );
    if (!house) throw new DesktopError('UNKNOWN_HOUSE', { code: input.insuranceHouse });

    const before = this.repository.summary();
    // A certificate imported before the first activation is not "another provider's data".
    const hasData = before.provider !== null;
    if (before.provider && !input.reactivate && !input.newDatabase) {
      throw new DesktopError('LOCAL_DATA_EXISTS', {
        provider: before.provider.name,
        code: before.provider.code,
      });
    }
    // Both checked before anything is sent: a clear-text address or an unreadable CA file never
    // gets as far as the network.
    const serverUrl = checkServerUrl(input.serverUrl ?? this.serverUrl());
    const caPem =
      input.caFile === undefined ? this.settings.get('server_ca_pem') : readServerCaFile(input.caFile);
    const answer = activationResultSchema.parse(
      await postSiuiJson(
        serverUrl,
        '/api/activation',
        {
          licenseSerial: key.key,
          insuranceHouse: house.code,
          installationId: this.installationId(),
          reactivateCurrentDatabase: input.reactivate,
        },
        this.language(),
        { caPem },
      ),
    );

    const previous = this.repository.current();
    const sameProvider =
      previous?.provider.code === answer.provider.code && previous.house.code === answer.insuranceHouse.code;
    if (input.reactivate && previous && !sameProvider) {
      throw new DesktopError('ACTIVATION_OTHER_PROVIDER', {
        other: `${answer.provider.name} (${answer.provider.code})`,
        local: `${previous.provider.name} (${previous.provider.code})`,
      });
    }
    const keep = input.reactivate || !hasData;
    const archiveFile = keep ? null : this.archiveAndClear(previous?.provider.code ?? 'local');
    const now = this.clock().toISOString();
    const activation: LocalActivation = {
      provider: answer.provider,
      externalUsername: answer.externalUsername,
      house: answer.insuranceHouse,
      serverUrl,
      online: answer.online,
      installationId: answer.installationId,
      keyGeneration: answer.keyGeneration,
      activatedAt: answer.activatedAt,
      firstActivatedAt: keep && previous ? previous.firstActivatedAt : now,
    };
    this.repository.save(activation);
    this.settings.set('server_url', serverUrl);
    if (caPem !== undefined) this.settings.set('server_ca_pem', caPem);
    this.keys.save(key.key);
    return { activation, localData: !hasData ? 'FIRST' : keep ? 'KEPT' : 'NEW', archiveFile };
  }

  private installationId(): string {
    let id = this.settings.get('installation_id');
    if (!id) {
      id = `desktop-${randomUUID()}`;
      this.settings.set('installation_id', id);
    }
    return id;
  }

  private archiveAndClear(providerCode: string): string {
    const directory = path.join(this.dataDir, 'archive');
    fs.mkdirSync(directory, { recursive: true, mode: 0o700 });
    const stamp = this.clock().toISOString().replace(/[:.]/g, '-');
    const file = path.join(
      directory,
      `siui-desktop-${providerCode.replace(/[^A-Za-z0-9_-]/g, '_')}-${stamp}.sqlite`,
    );
    this.repository.archiveTo(file);
    restrictToOwner(file);
    this.repository.clearProviderData();
    this.keys.remove();
    // The next provider's messages are fetched from the beginning, not from where the last one's stopped.
    this.settings.delete('messages_synced_at');
    return file;
  }
}
