import type { ProviderCategory, ReportLine, ReportState, ValidationMessage } from '@siui/core';
import type { ConnectionStatus } from './connection-status';

// The shapes of the local JSON API, shared by the local server and the UI (this folder uses no
// Node APIs, so the browser build can import it).

export type CertificateWarning = 'EXPIRED' | 'NOT_YET_VALID' | 'EXPIRES_SOON';

/** What the *Certificat digital* page and `siui-desktop status` show about the certificate. */
export interface CertificateSummary {
  subject: string;
  issuer: string;
  /** Hexadecimal, upper case, as certificate viewers show it. */
  serialNumber: string;
  notBefore: string;
  notAfter: string;
  sha256: string;
  importedAt: string;
  daysLeft: number;
  warning: CertificateWarning | null;
}

export interface ProviderIdentity {
  code: string;
  name: string;
  fiscalCode: string;
  category: ProviderCategory;
  contract: { number: string; start: string; end: string };
}

/** What the local database holds, so that a fresh activation can say what it would archive. */
export interface LocalDataSummary {
  provider: { code: string; name: string; houseCode: string } | null;
  reports: number;
  outbox: number;
  hasCertificate: boolean;
}

export interface ActivationResponse {
  provider: ProviderIdentity;
  house: { code: string; name: string };
  activatedAt: string;
  /** FIRST: nothing was there; KEPT: re-activation kept the data; NEW: the old data was archived. */
  localData: 'FIRST' | 'KEPT' | 'NEW';
  archiveFile: string | null;
}

export interface StatusResponse {
  activation: {
    provider: ProviderIdentity;
    externalUsername: string;
    house: { code: string; name: string };
    serverUrl: string;
    onlineUrl: string | null;
    activatedAt: string;
  } | null;
  certificate: CertificateSummary | null;
  connection: ConnectionStatus;
  outbox: number;
  language: 'ro' | 'en';
  /** The SIUI address the next activation will use (--server, else the remembered one). */
  serverUrl: string;
}

export type ReportStatus = 'DRAFT' | 'OUTBOX' | 'SENT' | 'REJECTED';

export interface LocalReport {
  id: string;
  idempotencyKey: string;
  type: ProviderCategory;
  period: string;
  lines: ReportLine[];
  status: ReportStatus;
  createdAt: string;
  updatedAt: string;
  queuedAt: string | null;
  sentAt: string | null;
  attempts: number;
  siui: { reportId: string; state: ReportState; acceptedLines: number } | null;
  lastError: { code: string; message: string } | null;
}

export type ReportListItem = Omit<LocalReport, 'lines'> & { lineCount: number };

/** A validation message received from SIUI, as kept locally (seed figure 11). */
export interface StoredMessage {
  id: number;
  receivedAt: string;
  severity: 'warning' | 'error';
  code: string;
  message: string;
  line: number | null;
  period: string;
  idempotencyKey: string;
  /** The local report it belongs to, when this database sent it. */
  reportId: string | null;
}

export interface ReportDetail extends LocalReport {
  /** The local pre-check (drafts and the outbox only). */
  precheck: ValidationMessage[];
  /** What SIUI answered about this report. */
  messages: StoredMessage[];
}

export interface ApiErrorBody {
  error: { code: string; message: string };
}
