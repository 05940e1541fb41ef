import type { Language } from '@siui/core';
import { ActivationRepository } from './activation/activation.repository';
import { ActivationService } from './activation/activation.service';
import { ActivationKeyStore } from './activation/activation-key-store';
import { CertificateRepository } from './certificate/certificate.repository';
import { CertificateService } from './certificate/certificate.service';
import { ValidationMessagesRepository } from './messages/validation-messages.repository';
import { NomenclatureRepository } from './nomenclature/nomenclature.repository';
import { ConnectionLogRepository } from './online/connection-log.repository';
import { OnlineConnection } from './online/online-connection';
import { ReportsRepository } from './reports/reports.repository';
import { ReportsService } from './reports/reports.service';
import { type DesktopDatabase, openDesktopDatabase } from './storage/database';
import { SecretBox } from './storage/secret-box';
import { SettingsRepository } from './storage/settings.repository';

/** Everything the CLI commands and the local server work with, over one data directory. */
export interface Desktop {
  dataDir: string;
  db: DesktopDatabase;
  settings: SettingsRepository;
  activation: ActivationService;
  certificates: CertificateService;
  reports: ReportsService;
  messages: ValidationMessagesRepository;
  nomenclature: NomenclatureRepository;
  connectionLog: ConnectionLogRepository;
  connection: OnlineConnection;
  language(): Language;
  setLanguage(language: Language): void;
  close(): void;
}

export interface DesktopOptions {
  dataDir: string;
  /** The language of this run (CLI: --lang / LANG); the UI's choice is remembered in the settings. */
  language?: Language;
  clock?: () => Date;
  heartbeatMs?: number;
}

export function openDesktop(options: DesktopOptions): Desktop {
  const { dataDir } = options;
  const clock = options.clock ?? (() => new Date());
  const db = openDesktopDatabase(dataDir);
  const box = SecretBox.open(dataDir);
  const settings = new SettingsRepository(db);
  let language: Language = options.language ?? (settings.get('language') === 'en' ? 'en' : 'ro');
  const currentLanguage = () => language;

  const activations = new ActivationRepository(db);
  const keys = new ActivationKeyStore(dataDir, box);
  const nomenclature = new NomenclatureRepository(db);
  const messages = new ValidationMessagesRepository(db, clock);
  const certificates = new CertificateService(new CertificateRepository(db), box, clock);
  const reports = new ReportsService(
    new ReportsRepository(db),
    activations,
    nomenclature,
    messages,
    currentLanguage,
    clock,
  );
  const connectionLog = new ConnectionLogRepository(db, clock);
  const connection = new OnlineConnection({
    activations,
    keys,
    certificates,
    reports,
    messages,
    nomenclature,
    log: connectionLog,
    settings,
    language: currentLanguage,
    clock,
    ...(options.heartbeatMs === undefined ? {} : { heartbeatMs: options.heartbeatMs }),
  });

  return {
    dataDir,
    db,
    settings,
    activation: new ActivationService(dataDir, activations, keys, settings, currentLanguage, clock),
    certificates,
    reports,
    messages,
    nomenclature,
    connectionLog,
    connection,
    language: currentLanguage,
    setLanguage(next) {
      language = next;
      settings.set('language', next);
    },
    close() {
      connection.disconnect();
      db.close();
    },
  };
}
