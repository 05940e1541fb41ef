import { z } from 'zod';
import { RIGHTS } from '../access/rights';

export const loginBodySchema = z.object({
  username: z.string().trim().min(1).max(128),
  password: z.string().min(1).max(512),
  /** "Ține-mă minte / Remember me": keep the cookie after the browser closes (until the session's end). */
  rememberMe: z.boolean().optional(),
});
export type LoginBody = z.infer<typeof loginBodySchema>;

export const rightSchema = z.enum(RIGHTS);

export const currentUserSchema = z.object({
  id: z.uuid(),
  username: z.string(),
  fullName: z.string(),
  insuranceHouse: z.object({ code: z.string(), name: z.string() }),
  /** `ALL` for CNAS staff, `HOUSE` for county staff (they see only their own house). */
  scope: z.enum(['ALL', 'HOUSE']),
  roles: z.array(z.string()),
  rights: z.array(rightSchema),
  sessionExpiresAt: z.iso.datetime(),
});
export type CurrentUser = z.infer<typeof currentUserSchema>;
