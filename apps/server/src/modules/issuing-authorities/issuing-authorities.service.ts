import type { CreateIssuingAuthorityBody, IssuingAuthority, UpdateIssuingAuthorityBody } from '@siui/core';
import { CNAS_CODE } from '@siui/core';
import { type Kysely, sql } from 'kysely';
import { isUniqueViolation } from '../../db/database-errors';
import type { DB } from '../../db/schema';
import { AppError } from '../../http/app-error';
import { validityState } from '../../pki/certificate';
import { readUploadedCertificate } from '../../pki/certificate-reading';
import { type AuditActor, recordAudit } from '../audit/audit.service';
import { issuerCertIdHashes } from '../ocsp/ocsp-codec-certid';
import { auditViewOfAuthority, toIssuingAuthority } from './issuing-authorities.presenter';
import {
  findAuthority,
  findAuthorityByFingerprint,
  insertAuthority,
  listAuthorities,
  updateAuthority,
} from './issuing-authorities.repository';

/** Every instance reloads its TLS trust anchors when it hears this (the online gateway). */
export const TRUST_CHANGED_CHANNEL = 'siui_trust_changed';

const notFound = () => new AppError('ISSUING_AUTHORITY_NOT_FOUND');

export class IssuingAuthoritiesService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async list(): Promise<IssuingAuthority[]> {
    return (await listAuthorities(this.db)).map(toIssuingAuthority);
  }

  async get(id: string): Promise<IssuingAuthority> {
    const row = await findAuthority(this.db, id);
    if (!row) throw notFound();
    return toIssuingAuthority(row);
  }

  /** Adds a CA from its certificate: only real, unexpired CA certificates are accepted. */
  async create(body: CreateIssuingAuthorityBody, actor: AuditActor): Promise<IssuingAuthority> {
    const certificate = readUploadedCertificate(body.certificatePem);
    if (!certificate.isCa)
      throw new AppError('NOT_A_CA', { fields: { certificatePem: { ro: 'nu este CA', en: 'not a CA' } } });
    const now = this.clock();
    if (validityState(certificate, now) === 'EXPIRED') {
      throw new AppError('CA_EXPIRED', { params: { date: certificate.notAfter.toISOString().slice(0, 10) } });
    }
    const existing = await findAuthorityByFingerprint(this.db, certificate.sha256Fingerprint);
    if (existing) throw new AppError('ISSUING_AUTHORITY_EXISTS', { params: { name: existing.name } });
    const hashes = issuerCertIdHashes(certificate);
    try {
      return await this.db.transaction().execute(async (trx) => {
        const row = await insertAuthority(trx, {
          name: body.name ?? certificate.subjectCommonName ?? certificate.subjectDn,
          subject_dn: certificate.subjectDn,
          issuer_dn: certificate.issuerDn,
          serial_number: certificate.serialNumber,
          subject_key_identifier: certificate.subjectKeyIdentifier,
          sha256_fingerprint: certificate.sha256Fingerprint,
          not_before: certificate.notBefore,
          not_after: certificate.notAfter,
          ocsp_url: body.ocspUrl === undefined ? (certificate.ocspUrls[0] ?? null) : body.ocspUrl,
          crl_url: body.crlUrl === undefined ? (certificate.crlUrls[0] ?? null) : body.crlUrl,
          ocsp_policy: body.ocspPolicy ?? 'HARD_FAIL',
          certificate_der: certificate.der,
          name_hash_sha1: hashes.sha1.issuerNameHash,
          key_hash_sha1: hashes.sha1.issuerKeyHash,
          name_hash_sha256: hashes.sha256.issuerNameHash,
          key_hash_sha256: hashes.sha256.issuerKeyHash,
          created_by: actor.userId,
          created_at: now,
          updated_at: now,
        });
        await recordAudit(trx, actor, {
          action: 'issuing-authority.create',
          entityType: 'issuing-authority',
          entityId: row.id,
          houseCode: CNAS_CODE,
          after: auditViewOfAuthority(row),
        });
        await sql`select pg_notify(${TRUST_CHANGED_CHANNEL}, ${row.id})`.execute(trx);
        return toIssuingAuthority(row);
      });
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new AppError('ISSUING_AUTHORITY_EXISTS', { params: { name: certificate.subjectDn } });
      }
      throw error;
    }
  }

  async update(id: string, body: UpdateIssuingAuthorityBody, actor: AuditActor): Promise<IssuingAuthority> {
    return this.db.transaction().execute(async (trx) => {
      const before = await findAuthority(trx, id);
      if (!before) throw notFound();
      const row = await updateAuthority(trx, id, {
        ...(body.name !== undefined ? { name: body.name } : {}),
        ...(body.ocspUrl !== undefined ? { ocsp_url: body.ocspUrl } : {}),
        ...(body.crlUrl !== undefined ? { crl_url: body.crlUrl } : {}),
        ...(body.ocspPolicy !== undefined ? { ocsp_policy: body.ocspPolicy } : {}),
        ...(body.active !== undefined ? { active: body.active } : {}),
        updated_at: this.clock(),
      });
      await recordAudit(trx, actor, {
        action: 'issuing-authority.update',
        entityType: 'issuing-authority',
        entityId: id,
        houseCode: CNAS_CODE,
        before: auditViewOfAuthority(before),
        after: auditViewOfAuthority(row),
      });
      await sql`select pg_notify(${TRUST_CHANGED_CHANNEL}, ${id})`.execute(trx);
      return toIssuingAuthority(row);
    });
  }
}
