import type { OnlineEndpoint, ProviderCategory } from '@siui/core';
import type { LocalDataSummary } from '../local-api/local-api.types';
import type { DesktopDatabase } from '../storage/database';

export interface LocalActivation {
  provider: {
    code: string;
    name: string;
    fiscalCode: string;
    category: ProviderCategory;
    contract: { number: string; start: string; end: string };
  };
  externalUsername: string;
  house: { code: string; name: string };
  serverUrl: string;
  online: OnlineEndpoint | null;
  installationId: string;
  keyGeneration: number;
  activatedAt: string;
  firstActivatedAt: string;
}

export type { LocalDataSummary };

interface ActivationRow {
  provider_code: string;
  provider_name: string;
  fiscal_code: string;
  category: string;
  contract_number: string;
  contract_start: string;
  contract_end: string;
  external_username: string;
  house_code: string;
  house_name: string;
  server_url: string;
  online_url: string | null;
  online_tls_sha256: string | null;
  online_tls_pem: string | null;
  installation_id: string;
  key_generation: number;
  activated_at: string;
  first_activated_at: string;
}

/** Tables that belong to the activated provider; the settings (installation id, server) stay. */
const PROVIDER_TABLES = [
  'activation',
  'certificate',
  'services',
  'reports',
  'validation_messages',
  'connection_log',
];

export class ActivationRepository {
  constructor(private readonly db: DesktopDatabase) {}

  current(): LocalActivation | undefined {
    const row = this.db.prepare('SELECT * FROM activation WHERE singleton = 1').get() as
      | ActivationRow
      | undefined;
    return row ? fromRow(row) : undefined;
  }

  save(activation: LocalActivation): void {
    const online = activation.online;
    this.db
      .prepare(
        `INSERT OR REPLACE INTO activation (singleton, provider_code, provider_name, fiscal_code, category,
           contract_number, contract_start, contract_end, external_username, house_code, house_name, server_url,
           online_url, online_tls_sha256, online_tls_pem, installation_id, key_generation, activated_at,
           first_activated_at)
         VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        activation.provider.code,
        activation.provider.name,
        activation.provider.fiscalCode,
        activation.provider.category,
        activation.provider.contract.number,
        activation.provider.contract.start,
        activation.provider.contract.end,
        activation.externalUsername,
        activation.house.code,
        activation.house.name,
        activation.serverUrl,
        online?.url ?? null,
        online?.tlsCertificateSha256 ?? null,
        online?.tlsCertificatePem ?? null,
        activation.installationId,
        activation.keyGeneration,
        activation.activatedAt,
        activation.firstActivatedAt,
      );
  }

  summary(): LocalDataSummary {
    const activation = this.current();
    const count = (sql: string) => (this.db.prepare(sql).get() as { n: number }).n;
    return {
      provider: activation
        ? { code: activation.provider.code, name: activation.provider.name, houseCode: activation.house.code }
        : null,
      reports: count('SELECT count(*) AS n FROM reports'),
      outbox: count(`SELECT count(*) AS n FROM reports WHERE status = 'OUTBOX'`),
      hasCertificate: count('SELECT count(*) AS n FROM certificate') > 0,
    };
  }

  /** Copies the whole database to `file` (a consistent snapshot, even with WAL). */
  archiveTo(file: string): void {
    this.db.prepare('VACUUM INTO ?').run(file);
  }

  /** Empties every table of the provider's data, in one transaction. */
  clearProviderData(): void {
    this.db.transaction(() => {
      for (const table of PROVIDER_TABLES) this.db.exec(`DELETE FROM ${table}`);
    })();
  }
}

function fromRow(row: ActivationRow): LocalActivation {
  return {
    provider: {
      code: row.provider_code,
      name: row.provider_name,
      fiscalCode: row.fiscal_code,
      category: row.category as ProviderCategory,
      contract: { number: row.contract_number, start: row.contract_start, end: row.contract_end },
    },
    externalUsername: row.external_username,
    house: { code: row.house_code, name: row.house_name },
    serverUrl: row.server_url,
    online:
      row.online_url && row.online_tls_sha256 && row.online_tls_pem
        ? {
            url: row.online_url,
            tlsCertificateSha256: row.online_tls_sha256,
            tlsCertificatePem: row.online_tls_pem,
          }
        : null,
    installationId: row.installation_id,
    keyGeneration: row.key_generation,
    activatedAt: row.activated_at,
    firstActivatedAt: row.first_activated_at,
  };
}
