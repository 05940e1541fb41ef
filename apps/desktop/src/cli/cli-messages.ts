import { formatMessage, type Language } from '@siui/core';

// What the `siui-desktop` commands print when they succeed, in Romanian and English.

export const CLI_MESSAGES = {
  ACTIVATED: {
    ro: 'Aplicația a fost activată pentru {name} (cod {code}, CUI {fiscalCode}), {house}.',
    en: 'The application was activated for {name} (code {code}, fiscal code {fiscalCode}), {house}.',
  },
  ACTIVATED_FIRST: { ro: 'Bază de date locală nouă în {dataDir}.', en: 'New local database in {dataDir}.' },
  ACTIVATED_KEPT: {
    ro: 'Reactivare: datele locale au fost păstrate.',
    en: 'Re-activation: the local data was kept.',
  },
  ACTIVATED_NEW: {
    ro: 'S-a început o bază de date goală; datele anterioare au fost arhivate în {file}.',
    en: 'An empty database was started; the previous data was archived in {file}.',
  },
  CERTIFICATE_IMPORTED: { ro: 'Certificat importat: {subject}', en: 'Certificate imported: {subject}' },
  CERTIFICATE_ISSUER: { ro: 'Emis de: {issuer}', en: 'Issued by: {issuer}' },
  CERTIFICATE_SERIAL: { ro: 'Număr serial: {serial}', en: 'Serial number: {serial}' },
  CERTIFICATE_VALIDITY: { ro: 'Valabil: {from} – {to}', en: 'Valid: {from} – {to}' },
  CERTIFICATE_EXPIRES_SOON: {
    ro: 'Atenție: certificatul expiră în {days} zile ({date}). Cereți din timp un certificat nou.',
    en: 'Warning: the certificate expires in {days} days ({date}). Ask for a new one in time.',
  },
  CERTIFICATE_EXPIRED: {
    ro: 'Atenție: certificatul a expirat la {date}.',
    en: 'Warning: the certificate expired on {date}.',
  },
  CERTIFICATE_NOT_YET_VALID: {
    ro: 'Atenție: certificatul este valabil abia de la {date}.',
    en: 'Warning: the certificate is valid only from {date}.',
  },
  CONNECTED: { ro: 'Conectat la SIUI ({provider}).', en: 'Connected to SIUI ({provider}).' },
  OUTBOX_DELIVERED: {
    ro: 'Raportări trimise din coada de trimitere: {count}.',
    en: 'Reports delivered from the outbox: {count}.',
  },
  OUTBOX_WAITING: {
    ro: 'Raportări rămase în coada de trimitere: {count}.',
    en: 'Reports left in the outbox: {count}.',
  },
  PRECHECK: {
    ro: 'Verificare locală: {errors} erori, {warnings} avertismente.',
    en: 'Local check: {errors} errors, {warnings} warnings.',
  },
  REPORT_SENT: {
    ro: 'Raportarea {period} a fost trimisă. Stare SIUI: {state} (linii acceptate: {accepted} din {total}).',
    en: 'Report {period} was sent. SIUI state: {state} (lines accepted: {accepted} of {total}).',
  },
  REPORT_ALREADY_SENT: {
    ro: 'Raportarea {period} (cheia {key}) a fost trimisă deja; SIUI a răspuns: {state}.',
    en: 'Report {period} (key {key}) was already sent; SIUI answered: {state}.',
  },
  REPORT_QUEUED_OFFLINE: {
    ro: '{reason} Raportarea {period} a fost pusă în coada de trimitere și va fi trimisă automat la următoarea conectare.',
    en: '{reason} Report {period} was put in the outbox and will be delivered at the next connection.',
  },
  REPORT_LEFT_IN_OUTBOX: {
    ro: '{reason} Raportarea {period} rămâne în coada de trimitere.',
    en: '{reason} Report {period} stays in the outbox.',
  },
  REPORT_REJECTED: {
    ro: 'SIUI a respins raportarea {period}: {reason}',
    en: 'SIUI rejected report {period}: {reason}',
  },
  NO_MESSAGES: {
    ro: 'Nu există mesaje de validare primite de la SIUI.',
    en: 'No validation messages received from SIUI.',
  },
  NOT_ACTIVATED: { ro: 'Aplicația nu este activată.', en: 'The application is not activated.' },
  STATUS_PROVIDER: {
    ro: 'Furnizor: {name} (cod {code}, CUI {fiscalCode}), {house}',
    en: 'Provider: {name} (code {code}, fiscal code {fiscalCode}), {house}',
  },
  STATUS_SERVER: {
    ro: 'Server SIUI: {server}; online: {online}',
    en: 'SIUI server: {server}; online: {online}',
  },
  STATUS_ACTIVATED_AT: { ro: 'Activat la: {date}', en: 'Activated on: {date}' },
  STATUS_CERTIFICATE: {
    ro: 'Certificat: {subject}, valabil până la {date}',
    en: 'Certificate: {subject}, valid until {date}',
  },
  STATUS_NO_CERTIFICATE: { ro: 'Certificat: neimportat', en: 'Certificate: not imported' },
  STATUS_OUTBOX: { ro: 'Coada de trimitere: {count} raportări', en: 'Outbox: {count} reports' },
  STATUS_LAST_CONNECTION: {
    ro: 'Ultima conexiune: {date}, {event} {detail}',
    en: 'Last connection: {date}, {event} {detail}',
  },
  STATUS_DATA_DIR: { ro: 'Date locale: {dataDir}', en: 'Local data: {dataDir}' },
  LOCAL_URL: { ro: 'SIUI Desktop rulează la {url}', en: 'SIUI Desktop is running at {url}' },
  ALREADY_RUNNING: {
    ro: 'SIUI Desktop rulează deja pentru acest director de date (proces {pid}); se deschide fereastra lui.',
    en: 'SIUI Desktop is already running for this data directory (process {pid}); opening its window.',
  },
  OPEN_MANUALLY: {
    ro: 'Deschideți în browser adresa de mai sus.',
    en: 'Open the address above in a browser.',
  },
  BUILDING_UI: { ro: 'Se construiește interfața aplicației…', en: 'Building the application interface…' },
} as const satisfies Record<string, { ro: string; en: string }>;

export type CliMessage = keyof typeof CLI_MESSAGES;

export function say(
  message: CliMessage,
  language: Language,
  params: Record<string, string | number> = {},
): string {
  return formatMessage(CLI_MESSAGES[message], language, params);
}

export const SEVERITY_LABELS = {
  error: { ro: 'eroare', en: 'error' },
  warning: { ro: 'avertisment', en: 'warning' },
} as const;

export const CONNECTION_EVENT_LABELS = {
  SESSION_OPENED: { ro: 'sesiune deschisă', en: 'session opened' },
  REFUSED: { ro: 'refuzată', en: 'refused' },
  UNREACHABLE: { ro: 'SIUI inaccesibil', en: 'SIUI unreachable' },
  SESSION_EXPIRED: { ro: 'sesiune expirată', en: 'session expired' },
} as const;

export const SIUI_STATE_LABELS = {
  VALID: { ro: 'validă', en: 'valid' },
  PARTIALLY_VALID: { ro: 'parțial validă', en: 'partially valid' },
  INVALID: { ro: 'invalidă', en: 'invalid' },
} as const;

/** `2026-11-28T08:23:14.893Z` → `2026-11-28 10:23` in the computer's time zone. */
export function localDateTime(iso: string): string {
  const date = new Date(iso);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

export function localDate(iso: string): string {
  return localDateTime(iso).slice(0, 10);
}
