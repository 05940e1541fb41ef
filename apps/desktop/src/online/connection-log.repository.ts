import type { DesktopDatabase } from '../storage/database';

export interface ConnectionLogEntry {
  at: string;
  event: string;
  code: string | null;
  message: string | null;
}

const KEEP_ENTRIES = 1_000;

/** What happened to the online connection, for `siui-desktop status` and for support. */
export class ConnectionLogRepository {
  constructor(
    private readonly db: DesktopDatabase,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  add(event: string, code: string | null = null, message: string | null = null): void {
    this.db
      .prepare('INSERT INTO connection_log (at, event, code, message) VALUES (?, ?, ?, ?)')
      .run(this.clock().toISOString(), event, code, message);
    // A desktop left online for months writes a line per reconnection: keep the recent ones.
    this.db
      .prepare('DELETE FROM connection_log WHERE id <= (SELECT max(id) FROM connection_log) - ?')
      .run(KEEP_ENTRIES);
  }

  latest(limit: number): ConnectionLogEntry[] {
    return this.db
      .prepare('SELECT at, event, code, message FROM connection_log ORDER BY id DESC LIMIT ?')
      .all(limit) as ConnectionLogEntry[];
  }
}
