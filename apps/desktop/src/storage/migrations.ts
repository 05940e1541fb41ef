// The local database's schema, one step per version. `PRAGMA user_version` holds how many steps a
// database file has; a newer desktop adds steps at the end and never edits a released one.

export const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);

  -- The provider this database belongs to, from the activation answer (seed 3.1).
  CREATE TABLE activation (
    singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
    provider_code TEXT NOT NULL,
    provider_name TEXT NOT NULL,
    fiscal_code TEXT NOT NULL,
    category TEXT NOT NULL,
    contract_number TEXT NOT NULL,
    contract_start TEXT NOT NULL,
    contract_end TEXT NOT NULL,
    external_username TEXT NOT NULL,
    house_code TEXT NOT NULL,
    house_name TEXT NOT NULL,
    server_url TEXT NOT NULL,
    online_url TEXT,
    online_tls_sha256 TEXT,
    online_tls_pem TEXT,
    installation_id TEXT NOT NULL,
    key_generation INTEGER NOT NULL,
    activated_at TEXT NOT NULL,
    first_activated_at TEXT NOT NULL
  );

  -- The provider's certificate; the private key only sealed (AES-256-GCM, key in a 0600 file).
  CREATE TABLE certificate (
    singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
    certificate_pem TEXT NOT NULL,
    chain_pem TEXT NOT NULL,
    private_key_sealed TEXT NOT NULL,
    subject TEXT NOT NULL,
    issuer TEXT NOT NULL,
    serial_number TEXT NOT NULL,
    not_before TEXT NOT NULL,
    not_after TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    imported_at TEXT NOT NULL
  );

  -- The service nomenclature of the provider's category, as last downloaded.
  CREATE TABLE services (
    category TEXT NOT NULL,
    code TEXT NOT NULL,
    name TEXT NOT NULL,
    PRIMARY KEY (category, code)
  );

  -- Reports: DRAFT while edited, OUTBOX once the user sends (delivered when online), SENT with
  -- SIUI's answer, REJECTED if SIUI refused the request itself. The idempotency key is fixed at
  -- creation, so a report delivered twice (crash, retry) is stored once by SIUI.
  CREATE TABLE reports (
    id TEXT PRIMARY KEY,
    idempotency_key TEXT NOT NULL UNIQUE,
    type TEXT NOT NULL,
    period TEXT NOT NULL,
    lines TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('DRAFT', 'OUTBOX', 'SENT', 'REJECTED')),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    queued_at TEXT,
    sent_at TEXT,
    attempts INTEGER NOT NULL DEFAULT 0,
    siui_report_id TEXT,
    siui_state TEXT,
    accepted_lines INTEGER,
    last_error_code TEXT,
    last_error_message TEXT
  );
  CREATE INDEX reports_by_status ON reports (status, queued_at);

  -- Validation messages received from SIUI (seed figure 11), from answers and from /messages.
  CREATE TABLE validation_messages (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    idempotency_key TEXT NOT NULL,
    period TEXT NOT NULL,
    received_at TEXT NOT NULL,
    severity TEXT NOT NULL,
    code TEXT NOT NULL,
    message TEXT NOT NULL,
    line INTEGER,
    stored_at TEXT NOT NULL
  );
  CREATE UNIQUE INDEX validation_messages_once
    ON validation_messages (idempotency_key, ifnull(line, 0), code, message);
  CREATE INDEX validation_messages_recent ON validation_messages (received_at, id);

  CREATE TABLE connection_log (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at TEXT NOT NULL,
    event TEXT NOT NULL,
    code TEXT,
    message TEXT
  );
  `,
];
