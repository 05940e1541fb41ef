import { z } from 'zod';
import { rightSchema } from './auth';

export const roleCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z][A-Z0-9_]{2,39}$/, 'cod de rol: litere mari, cifre, _ / role code: capitals, digits, _');

export const roleSchema = z.object({
  code: z.string(),
  name: z.string(),
  nameEn: z.string(),
  system: z.boolean(),
  cnasOnly: z.boolean(),
  rights: z.array(rightSchema),
  userCount: z.number().int(),
});
export type Role = z.infer<typeof roleSchema>;

export const createRoleBodySchema = z.object({
  code: roleCodeSchema,
  name: z.string().trim().min(2).max(120),
  nameEn: z.string().trim().min(2).max(120).optional(),
  rights: z.array(rightSchema).min(1),
});
export type CreateRoleBody = z.infer<typeof createRoleBodySchema>;

export const updateRoleBodySchema = createRoleBodySchema.omit({ code: true }).partial();
export type UpdateRoleBody = z.infer<typeof updateRoleBodySchema>;
