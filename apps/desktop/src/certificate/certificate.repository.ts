import type { DesktopDatabase } from '../storage/database';

export interface CertificateRow {
  certificate_pem: string;
  chain_pem: string;
  private_key_sealed: string;
  subject: string;
  issuer: string;
  serial_number: string;
  not_before: string;
  not_after: string;
  sha256: string;
  imported_at: string;
}

export class CertificateRepository {
  constructor(private readonly db: DesktopDatabase) {}

  current(): CertificateRow | undefined {
    return this.db.prepare('SELECT * FROM certificate WHERE singleton = 1').get() as
      | CertificateRow
      | undefined;
  }

  replace(row: CertificateRow): void {
    this.db
      .prepare(
        `INSERT OR REPLACE INTO certificate (singleton, certificate_pem, chain_pem, private_key_sealed, subject,
           issuer, serial_number, not_before, not_after, sha256, imported_at)
         VALUES (1, @certificate_pem, @chain_pem, @private_key_sealed, @subject, @issuer, @serial_number,
           @not_before, @not_after, @sha256, @imported_at)`,
      )
      .run(row);
  }
}
