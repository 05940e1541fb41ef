import type { DesktopDatabase } from './database';

export type SettingName =
  | 'installation_id'
  | 'server_url'
  /** PEM of the CA given with `--ca` at activation: trusted for the SIUI address besides the roots. */
  | 'server_ca_pem'
  | 'language'
  | 'auto_connect'
  | 'messages_synced_at';

export class SettingsRepository {
  constructor(private readonly db: DesktopDatabase) {}

  get(name: SettingName): string | undefined {
    const row = this.db.prepare('SELECT value FROM settings WHERE key = ?').get(name) as
      | { value: string }
      | undefined;
    return row?.value;
  }

  set(name: SettingName, value: string): void {
    this.db
      .prepare(
        'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
      )
      .run(name, value);
  }

  delete(name: SettingName): void {
    this.db.prepare('DELETE FROM settings WHERE key = ?').run(name);
  }
}
