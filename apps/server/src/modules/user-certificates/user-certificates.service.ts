import type {
  CertificateInspection,
  CreateUserCertificateBody,
  Language,
  Page,
  UpdateUserCertificateBody,
  UserCertificate,
  UserCertificateDetail,
  UserCertificatesQuery,
} from '@siui/core';
import { type Kysely, sql } from 'kysely';
import { isUniqueViolation } from '../../db/database-errors';
import type { DB } from '../../db/schema';
import { AppError } from '../../http/app-error';
import { parseCertificate } from '../../pki/certificate';
import { toPem } from '../../pki/certificate-input';
import { readUploadedCertificate } from '../../pki/certificate-reading';
import { type AuditActor, recordAudit } from '../audit/audit.service';
import { assertCanSeeHouse, assertRight, houseFilterFor } from '../auth/policy';
import type { StaffPrincipal } from '../auth/principal';
import { findAuthority } from '../issuing-authorities/issuing-authorities.repository';
import { closeSessionsOfCertificate } from '../online/online-session.repository';
import { findUserById } from '../users/users.repository';
import { certificateWarnings, findSigningAuthority } from './certificate-inspection';
import { auditViewOfCertificate, toUserCertificate } from './user-certificates.presenter';
import {
  findUserCertificate,
  insertUserCertificate,
  listUserCertificates,
  setSuspension,
  suspensionHistory,
  type UserCertificateView,
  updateNotes,
} from './user-certificates.repository';

/** Heard by every instance: a registration changed (suspension, new certificate). Payload: its id. */
export const CERTIFICATE_CHANGED_CHANNEL = 'siui_certificate_changed';

const notFound = () => new AppError('USER_CERTIFICATE_NOT_FOUND');

export class UserCertificatesService {
  constructor(
    private readonly db: Kysely<DB>,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async list(principal: StaffPrincipal, query: UserCertificatesQuery): Promise<Page<UserCertificate>> {
    const houseCode = houseFilterFor(principal, query.insuranceHouse);
    const { rows, total } = await listUserCertificates(this.db, { ...query, houseCode, now: this.clock() });
    return { items: rows.map(toUserCertificate), total, page: query.page, pageSize: query.pageSize };
  }

  async get(principal: StaffPrincipal, id: string, language: Language): Promise<UserCertificateDetail> {
    const row = await this.loadVisible(principal, id);
    const history = await suspensionHistory(this.db, id);
    const parsed = row.certificate_der ? parseCertificate(row.certificate_der) : null;
    return {
      ...toUserCertificate(row),
      certificatePem: row.certificate_der ? toPem(row.certificate_der) : null,
      suspensions: history.map((event) => ({
        suspended: event.suspended,
        reason: event.reason,
        at: new Date(event.at).toISOString(),
        by: event.username,
      })),
      warnings: certificateWarnings(parsed, language, this.clock()),
    };
  }

  /** What an uploaded file says, checked, before anything is saved (the console fills the form). */
  async inspect(
    certificatePem: string,
    issuingAuthorityId: string | undefined,
    language: Language,
  ): Promise<CertificateInspection> {
    const certificate = readUploadedCertificate(certificatePem);
    if (certificate.isCa) throw new AppError('CERTIFICATE_IS_CA');
    const authority = await findSigningAuthority(this.db, certificate, issuingAuthorityId);
    return {
      serialNumber: certificate.serialNumber,
      subjectDn: certificate.subjectDn,
      subjectCommonName: certificate.subjectCommonName,
      issuerDn: certificate.issuerDn,
      notBefore: certificate.notBefore.toISOString(),
      notAfter: certificate.notAfter.toISOString(),
      sha256Fingerprint: certificate.sha256Fingerprint,
      issuingAuthority: { id: authority.id, name: authority.name },
      signatureVerified: true,
      warnings: certificateWarnings(certificate, language, this.clock()),
    };
  }

  /**
   * Seed 2.2.2 (Nou → Salvează): a certificate for a provider's external user, either by serial number
   * or from the certificate file itself (then checked against its authority and kept).
   */
  async create(
    principal: StaffPrincipal,
    body: CreateUserCertificateBody,
    actor: AuditActor,
    language: Language,
  ): Promise<UserCertificateDetail> {
    const user = await findUserById(this.db, body.userId);
    if (!user) throw new AppError('USER_NOT_FOUND');
    assertCanSeeHouse(principal, user.insurance_house_code, new AppError('USER_NOT_FOUND'));
    if (user.kind !== 'external') throw new AppError('NOT_AN_EXTERNAL_USER');

    const now = this.clock();
    let fields: {
      authorityId: string;
      serial: string;
      certificate: ReturnType<typeof parseCertificate> | null;
    };
    if (body.certificatePem !== undefined) {
      const certificate = readUploadedCertificate(body.certificatePem);
      if (certificate.isCa) throw new AppError('CERTIFICATE_IS_CA');
      const authority = await findSigningAuthority(this.db, certificate, body.issuingAuthorityId);
      fields = { authorityId: authority.id, serial: certificate.serialNumber, certificate };
    } else {
      if (!body.issuingAuthorityId || !body.serialNumber) throw new AppError('VALIDATION_FAILED'); // the schema requires both
      const authority = await findAuthority(this.db, body.issuingAuthorityId);
      if (!authority) throw new AppError('ISSUING_AUTHORITY_NOT_FOUND');
      if (!authority.active)
        throw new AppError('ISSUING_AUTHORITY_INACTIVE', { params: { name: authority.name } });
      fields = { authorityId: authority.id, serial: body.serialNumber, certificate: null };
    }

    let id: string;
    try {
      id = await this.db.transaction().execute(async (trx) => {
        const newId = await insertUserCertificate(trx, {
          insurance_house_code: user.insurance_house_code,
          user_id: user.id,
          issuing_authority_id: fields.authorityId,
          serial_number: fields.serial,
          subject_dn: fields.certificate?.subjectDn ?? null,
          not_before: fields.certificate?.notBefore ?? null,
          not_after: fields.certificate?.notAfter ?? null,
          sha256_fingerprint: fields.certificate?.sha256Fingerprint ?? null,
          certificate_der: fields.certificate?.der ?? null,
          notes: body.notes ?? null,
          created_at: now,
          created_by: principal.userId,
          updated_at: now,
        });
        const row = await findUserCertificate(trx, newId);
        if (!row) throw new AppError('INTERNAL_ERROR');
        await recordAudit(trx, actor, {
          action: 'user-certificate.create',
          entityType: 'user-certificate',
          entityId: newId,
          houseCode: user.insurance_house_code,
          after: auditViewOfCertificate(row),
        });
        await sql`select pg_notify(${CERTIFICATE_CHANGED_CHANNEL}, ${newId})`.execute(trx);
        return newId;
      });
    } catch (error) {
      if (isUniqueViolation(error))
        throw new AppError('USER_CERTIFICATE_EXISTS', { params: { serial: fields.serial } });
      throw error;
    }
    return this.get(principal, id, language);
  }

  /** The detail checkbox (seed figure 7): suspended YES/NO, with an optional reason, and notes. */
  async update(
    principal: StaffPrincipal,
    id: string,
    body: UpdateUserCertificateBody,
    actor: AuditActor,
    language: Language,
  ): Promise<UserCertificateDetail> {
    if (body.suspended === undefined && body.notes === undefined) {
      throw new AppError('VALIDATION_FAILED', {
        fields: { suspended: { ro: 'nimic de modificat', en: 'nothing to change' } },
      });
    }
    if (body.suspended !== undefined) assertRight(principal, 'CERTIFICATES_SUSPEND');
    if (body.notes !== undefined) assertRight(principal, 'CERTIFICATES_MANAGE');
    await this.db.transaction().execute(async (trx) => {
      // Row lock: two operators ticking the box at once produce two ordered history entries.
      await trx.selectFrom('user_certificates').select('id').where('id', '=', id).forUpdate().execute();
      const before = await this.loadVisible(principal, id, trx);
      const now = this.clock();
      if (body.suspended !== undefined && body.suspended !== before.suspended) {
        await setSuspension(trx, id, {
          suspended: body.suspended,
          at: now,
          by: principal.userId,
          reason: body.reason ?? null,
        });
        // Open online sessions end with the suspension; the gateway re-checks every request anyway.
        if (body.suspended) await closeSessionsOfCertificate(trx, id, now, 'CERTIFICATE_SUSPENDED');
      }
      if (body.notes !== undefined) await updateNotes(trx, id, body.notes, now);
      const after = await findUserCertificate(trx, id);
      if (!after) throw notFound();
      await recordAudit(trx, actor, {
        action:
          body.suspended === undefined || body.suspended === before.suspended
            ? 'user-certificate.update'
            : body.suspended
              ? 'user-certificate.suspend'
              : 'user-certificate.unsuspend',
        entityType: 'user-certificate',
        entityId: id,
        houseCode: before.insurance_house_code,
        before: auditViewOfCertificate(before),
        after: { ...auditViewOfCertificate(after), ...(body.reason ? { reason: body.reason } : {}) },
      });
      await sql`select pg_notify(${CERTIFICATE_CHANGED_CHANNEL}, ${id})`.execute(trx);
    });
    return this.get(principal, id, language);
  }

  private async loadVisible(
    principal: StaffPrincipal,
    id: string,
    db: Kysely<DB> = this.db,
  ): Promise<UserCertificateView> {
    const row = await findUserCertificate(db, id);
    if (!row) throw notFound();
    assertCanSeeHouse(principal, row.insurance_house_code, notFound());
    return row;
  }
}
