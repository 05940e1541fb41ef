import { z } from 'zod';
import { providerCategorySchema } from './providers';
import { validationMessageSchema } from './reports';

export const SESSION_HEADER = 'x-siui-session';

export const onlineSessionSchema = z.object({
  token: z.string(),
  expiresAt: z.iso.datetime(),
  provider: z.object({
    code: z.string(),
    name: z.string(),
    fiscalCode: z.string(),
    category: providerCategorySchema,
    contract: z.object({ number: z.string(), start: z.string(), end: z.string() }),
  }),
  externalUsername: z.string(),
  insuranceHouse: z.object({ code: z.string(), name: z.string() }),
  certificate: z.object({
    serialNumber: z.string(),
    subjectDn: z.string(),
    notAfter: z.iso.datetime(),
    issuingAuthority: z.string(),
  }),
  /** Set when the issuer's OCSP responder could not be asked and the authority allows soft-fail. */
  ocspWarning: z.string().nullable(),
});
export type OnlineSession = z.infer<typeof onlineSessionSchema>;

export const onlineMessageSchema = validationMessageSchema.extend({
  at: z.iso.datetime(),
  reportId: z.uuid(),
  idempotencyKey: z.string(),
  period: z.string(),
});
export type OnlineMessage = z.infer<typeof onlineMessageSchema>;

/** Where the desktop finds the online gateway and how it trusts its TLS certificate (pinned). */
export const onlineEndpointSchema = z.object({
  url: z.string(),
  tlsCertificateSha256: z.string(),
  tlsCertificatePem: z.string(),
});
export type OnlineEndpoint = z.infer<typeof onlineEndpointSchema>;
