import { z } from 'zod';
import { houseCodeSchema } from './insurance-houses';
import { onlineEndpointSchema } from './online';
import { providerCategorySchema } from './providers';

/** What the desktop sends from the activation wizard (seed 3.1). */
export const activationRequestSchema = z.object({
  licenseSerial: z.string().max(100),
  insuranceHouse: houseCodeSchema,
  installationId: z
    .string()
    .trim()
    .min(8)
    .max(100)
    .regex(/^[A-Za-z0-9._:-]+$/, 'identificator de instalare invalid / invalid installation id'),
  reactivateCurrentDatabase: z.boolean().default(false),
});
export type ActivationRequest = z.infer<typeof activationRequestSchema>;

export const activationResultSchema = z.object({
  provider: z.object({
    code: z.string(),
    name: z.string(),
    fiscalCode: z.string(),
    category: providerCategorySchema,
    contract: z.object({ number: z.string(), start: z.string(), end: z.string() }),
  }),
  externalUsername: z.string(),
  insuranceHouse: z.object({ code: z.string(), name: z.string() }),
  installationId: z.string(),
  activatedAt: z.iso.datetime(),
  reactivateCurrentDatabase: z.boolean(),
  keyGeneration: z.number().int(),
  /** The online gateway, when this server runs one. */
  online: onlineEndpointSchema.nullable(),
});
export type ActivationResult = z.infer<typeof activationResultSchema>;
