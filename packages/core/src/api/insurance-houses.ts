import { z } from 'zod';

export const houseCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^(CNAS|CAS-[A-Z]{1,2}|CASAOPSNAJ)$/, 'cod de casă invalid / invalid house code');

export const insuranceHouseSchema = z.object({
  code: z.string(),
  name: z.string(),
  countyCode: z.string().nullable(),
});
export type InsuranceHouseDto = z.infer<typeof insuranceHouseSchema>;
