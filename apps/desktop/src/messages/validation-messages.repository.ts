import type { StoredMessage } from '../local-api/local-api.types';
import type { DesktopDatabase } from '../storage/database';

export type { StoredMessage };

export interface IncomingMessage {
  idempotencyKey: string;
  period: string;
  receivedAt: string;
  severity: 'warning' | 'error';
  code: string;
  message: string;
  line?: number | undefined;
}

export class ValidationMessagesRepository {
  constructor(
    private readonly db: DesktopDatabase,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** Stores each message once, however often it arrives (an answer, then /messages). */
  storeAll(messages: readonly IncomingMessage[]): number {
    const insert = this.db.prepare(
      `INSERT OR IGNORE INTO validation_messages
         (idempotency_key, period, received_at, severity, code, message, line, stored_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    const storedAt = this.clock().toISOString();
    let added = 0;
    this.db.transaction(() => {
      for (const message of messages) {
        const result = insert.run(
          message.idempotencyKey,
          message.period,
          message.receivedAt,
          message.severity,
          message.code,
          message.message,
          message.line ?? null,
          storedAt,
        );
        added += result.changes;
      }
    })();
    return added;
  }

  latest(limit: number): StoredMessage[] {
    return this.db
      .prepare(
        `SELECT m.id, m.received_at AS receivedAt, m.severity, m.code, m.message, m.line, m.period,
                m.idempotency_key AS idempotencyKey, r.id AS reportId
           FROM validation_messages m LEFT JOIN reports r ON r.idempotency_key = m.idempotency_key
          ORDER BY m.received_at DESC, m.idempotency_key, ifnull(m.line, 0), m.id
          LIMIT ?`,
      )
      .all(limit) as StoredMessage[];
  }

  forReport(idempotencyKey: string): StoredMessage[] {
    return this.db
      .prepare(
        `SELECT m.id, m.received_at AS receivedAt, m.severity, m.code, m.message, m.line, m.period,
                m.idempotency_key AS idempotencyKey, NULL AS reportId
           FROM validation_messages m WHERE m.idempotency_key = ? ORDER BY ifnull(m.line, 0), m.id`,
      )
      .all(idempotencyKey) as StoredMessage[];
  }
}
