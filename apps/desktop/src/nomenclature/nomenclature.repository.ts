import type { Service } from '@siui/core';
import type { DesktopDatabase } from '../storage/database';

/** The service codes of the provider's category, as last downloaded from SIUI. */
export class NomenclatureRepository {
  constructor(private readonly db: DesktopDatabase) {}

  replace(category: string, services: readonly Service[]): void {
    this.db.transaction(() => {
      this.db.prepare('DELETE FROM services WHERE category = ?').run(category);
      const insert = this.db.prepare(
        'INSERT OR REPLACE INTO services (category, code, name) VALUES (?, ?, ?)',
      );
      for (const service of services) insert.run(service.category, service.code, service.name);
    })();
  }

  list(category: string): Service[] {
    return this.db
      .prepare('SELECT category, code, name FROM services WHERE category = ? ORDER BY code')
      .all(category) as Service[];
  }
}
