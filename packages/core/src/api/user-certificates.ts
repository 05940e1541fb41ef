import { z } from 'zod';
import { normalizeCertificateSerial } from '../certificate-serial/certificate-serial';
import { pageQuerySchema, queryBooleanSchema } from './common';
import { houseCodeSchema } from './insurance-houses';

export const certificateSerialSchema = z
  .string()
  .max(100)
  .transform((input, ctx) => {
    const result = normalizeCertificateSerial(input);
    if (result.ok) return result.serial;
    ctx.addIssue({
      code: 'custom',
      message:
        result.reason === 'TOO_LONG'
          ? 'număr serial prea lung (max. 20 de octeți) / serial number too long (max 20 octets)'
          : 'număr serial hexazecimal invalid / invalid hexadecimal serial number',
    });
    return z.NEVER;
  });

const notesSchema = z.string().trim().max(1000).nullable().optional();

/**
 * Either `serialNumber` with `issuingAuthorityId` (the seed's form), or `certificatePem`: the PEM or
 * the base64 of the DER (.cer/.crt/.der) file, whose authority is detected when not given.
 */
export const createUserCertificateBodySchema = z
  .object({
    userId: z.uuid(),
    issuingAuthorityId: z.uuid().optional(),
    serialNumber: certificateSerialSchema.optional(),
    certificatePem: z.string().min(1).max(200_000).optional(),
    notes: notesSchema,
  })
  .superRefine((body, ctx) => {
    if (body.certificatePem !== undefined) return;
    if (body.serialNumber === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['serialNumber'],
        message:
          'numărul serial sau fișierul certificatului este obligatoriu / a serial number or the certificate file is required',
      });
    }
    if (body.issuingAuthorityId === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['issuingAuthorityId'],
        message: 'alegeți autoritatea emitentă / choose the issuing authority',
      });
    }
  });
export type CreateUserCertificateBody = z.infer<typeof createUserCertificateBodySchema>;

export const inspectCertificateBodySchema = z.object({
  certificatePem: z.string().min(1).max(200_000),
  issuingAuthorityId: z.uuid().optional(),
});

export const CERTIFICATE_WARNINGS = [
  'EXPIRED',
  'NOT_YET_VALID',
  'EXPIRES_SOON',
  'NOT_FOR_CLIENT_AUTH',
] as const;

export const certificateInspectionSchema = z.object({
  serialNumber: z.string(),
  subjectDn: z.string(),
  subjectCommonName: z.string().nullable(),
  issuerDn: z.string(),
  notBefore: z.iso.datetime(),
  notAfter: z.iso.datetime(),
  sha256Fingerprint: z.string(),
  issuingAuthority: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  /** Checks passed: signed by the authority named (or found). */
  signatureVerified: z.boolean(),
  warnings: z.array(z.object({ code: z.enum(CERTIFICATE_WARNINGS), message: z.string() })),
});
export type CertificateInspection = z.infer<typeof certificateInspectionSchema>;

export const suspensionEventSchema = z.object({
  suspended: z.boolean(),
  reason: z.string().nullable(),
  at: z.iso.datetime(),
  by: z.string().nullable(),
});

export const userCertificateSchema = z.object({
  id: z.uuid(),
  insuranceHouse: z.string(),
  user: z.object({ id: z.uuid(), username: z.string() }),
  provider: z.object({ id: z.uuid(), code: z.string(), name: z.string() }).nullable(),
  issuingAuthority: z.object({ id: z.uuid(), name: z.string() }),
  serialNumber: z.string(),
  /** The serial as viewers print it: `0A:1B:…`. */
  serialNumberDisplay: z.string(),
  subjectDn: z.string().nullable(),
  notBefore: z.iso.datetime().nullable(),
  notAfter: z.iso.datetime().nullable(),
  sha256Fingerprint: z.string().nullable(),
  hasCertificateFile: z.boolean(),
  notes: z.string().nullable(),
  suspended: z.boolean(),
  suspendedAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
  createdBy: z.string().nullable(),
  updatedAt: z.iso.datetime(),
});
export type UserCertificate = z.infer<typeof userCertificateSchema>;

export const userCertificateDetailSchema = userCertificateSchema.extend({
  certificatePem: z.string().nullable(),
  suspensions: z.array(suspensionEventSchema),
  warnings: z.array(z.object({ code: z.enum(CERTIFICATE_WARNINGS), message: z.string() })),
});
export type UserCertificateDetail = z.infer<typeof userCertificateDetailSchema>;

export const updateUserCertificateBodySchema = z
  .object({
    suspended: z.boolean(),
    /** Why it is (un)suspended; kept in the history. */
    reason: z.string().trim().max(500).optional(),
    notes: notesSchema,
  })
  .partial();
export type UpdateUserCertificateBody = z.infer<typeof updateUserCertificateBodySchema>;

export const userCertificatesQuerySchema = pageQuerySchema.extend({
  providerCode: z.string().trim().max(40).optional(),
  userId: z.uuid().optional(),
  username: z.string().trim().max(128).optional(),
  issuingAuthorityId: z.uuid().optional(),
  serialNumber: certificateSerialSchema.optional(),
  suspended: queryBooleanSchema.optional(),
  expiringWithinDays: z.coerce.number().int().min(0).max(3650).optional(),
  insuranceHouse: houseCodeSchema.optional(),
});
export type UserCertificatesQuery = z.infer<typeof userCertificatesQuerySchema>;
