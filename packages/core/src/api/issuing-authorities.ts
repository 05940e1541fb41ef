import { z } from 'zod';

export const OCSP_POLICIES = ['HARD_FAIL', 'SOFT_FAIL'] as const;
export type OcspPolicy = (typeof OCSP_POLICIES)[number];

const urlSchema = z
  .url({ protocol: /^https?$/, error: 'adresă http(s) invalidă / invalid http(s) address' })
  .max(500);

export const issuingAuthoritySchema = z.object({
  id: z.uuid(),
  name: z.string(),
  subjectDn: z.string(),
  issuerDn: z.string(),
  selfSigned: z.boolean(),
  serialNumber: z.string(),
  subjectKeyIdentifier: z.string().nullable(),
  sha256Fingerprint: z.string(),
  notBefore: z.iso.datetime(),
  notAfter: z.iso.datetime(),
  ocspUrl: z.string().nullable(),
  crlUrl: z.string().nullable(),
  /** What the gateway does when this authority's OCSP responder cannot be reached. */
  ocspPolicy: z.enum(OCSP_POLICIES),
  active: z.boolean(),
  certificatePem: z.string(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type IssuingAuthority = z.infer<typeof issuingAuthoritySchema>;

export const createIssuingAuthorityBodySchema = z.object({
  /** PEM, or base64 of the DER file. */
  certificatePem: z.string().min(1).max(200_000),
  name: z.string().trim().min(2).max(200).optional(),
  ocspUrl: urlSchema.nullable().optional(),
  crlUrl: urlSchema.nullable().optional(),
  ocspPolicy: z.enum(OCSP_POLICIES).optional(),
});
export type CreateIssuingAuthorityBody = z.infer<typeof createIssuingAuthorityBodySchema>;

export const updateIssuingAuthorityBodySchema = z
  .object({
    name: z.string().trim().min(2).max(200),
    ocspUrl: urlSchema.nullable(),
    crlUrl: urlSchema.nullable(),
    ocspPolicy: z.enum(OCSP_POLICIES),
    active: z.boolean(),
  })
  .partial();
export type UpdateIssuingAuthorityBody = z.infer<typeof updateIssuingAuthorityBodySchema>;
