import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { MIGRATIONS } from './migrations';

export type DesktopDatabase = Database.Database;

export const DATABASE_FILE = 'siui-desktop.sqlite';

/**
 * Opens (creating and migrating as needed) the local database of a data directory. WAL lets the
 * UI process and a CLI command use the same file at once; busy_timeout makes the second writer
 * wait instead of failing.
 */
export function openDesktopDatabase(dataDir: string): DesktopDatabase {
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const file = path.join(dataDir, DATABASE_FILE);
  const db = new Database(file);
  restrictToOwner(file);
  db.pragma('journal_mode = WAL');
  db.pragma('busy_timeout = 5000');
  db.pragma('foreign_keys = ON');
  db.pragma('synchronous = NORMAL');
  migrate(db);
  return db;
}

export function migrate(db: DesktopDatabase): void {
  const current = Number(db.pragma('user_version', { simple: true }));
  if (current > MIGRATIONS.length) {
    throw new Error(
      `Baza de date locală provine dintr-o versiune mai nouă a aplicației (schema ${current}). ` +
        `/ The local database comes from a newer version of the application (schema ${current}).`,
    );
  }
  MIGRATIONS.forEach((sql, index) => {
    const version = index + 1;
    if (version <= current) return;
    db.transaction(() => {
      db.exec(sql);
      db.pragma(`user_version = ${version}`);
    }).immediate();
  });
}

/** The database file holds the provider's reports: readable by its user only (no-op on Windows). */
export function restrictToOwner(file: string): void {
  try {
    fs.chmodSync(file, 0o600);
  } catch {
    // Windows has no POSIX modes; the per-user profile folder protects the file there.
  }
}
