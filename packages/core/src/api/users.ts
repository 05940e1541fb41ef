import { z } from 'zod';
import { pageQuerySchema, queryBooleanSchema } from './common';
import { houseCodeSchema } from './insurance-houses';
import { roleCodeSchema } from './roles';

export const USER_KINDS = ['internal', 'external'] as const;
export type UserKind = (typeof USER_KINDS)[number];

/** Internal user names; `<digits>_<house>` is reserved for the external users of providers. */
export const internalUsernameSchema = z
  .string()
  .trim()
  .min(3)
  .max(64)
  .regex(/^[A-Za-z][A-Za-z0-9._-]*$/, 'litere, cifre, . _ - / letters, digits, . _ -');

export const passwordSchema = z.string().min(8, 'minim 8 caractere / at least 8 characters').max(256);

export const fullNameSchema = z.string().trim().min(2).max(200);

export const userSchema = z.object({
  id: z.uuid(),
  username: z.string(),
  kind: z.enum(USER_KINDS),
  fullName: z.string(),
  insuranceHouse: z.string(),
  active: z.boolean(),
  roles: z.array(z.string()),
  provider: z.object({ id: z.uuid(), code: z.string(), name: z.string() }).nullable(),
  lastLoginAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type User = z.infer<typeof userSchema>;

export const createUserBodySchema = z.object({
  username: internalUsernameSchema,
  password: passwordSchema,
  fullName: fullNameSchema,
  insuranceHouse: houseCodeSchema.optional(),
  roles: z.array(roleCodeSchema).default([]),
});
export type CreateUserBody = z.infer<typeof createUserBodySchema>;

export const updateUserBodySchema = z
  .object({
    fullName: fullNameSchema,
    active: z.boolean(),
    roles: z.array(roleCodeSchema),
    password: passwordSchema,
  })
  .partial();
export type UpdateUserBody = z.infer<typeof updateUserBodySchema>;

export const USER_SORTS = [
  'username',
  '-username',
  'fullName',
  '-fullName',
  'createdAt',
  '-createdAt',
] as const;

export const usersQuerySchema = pageQuerySchema.extend({
  q: z.string().trim().max(100).optional(),
  kind: z.enum(USER_KINDS).optional(),
  providerCode: z.string().trim().max(40).optional(),
  insuranceHouse: houseCodeSchema.optional(),
  active: queryBooleanSchema.optional(),
  role: roleCodeSchema.optional(),
  sort: z.enum(USER_SORTS).default('username'),
});
export type UsersQuery = z.infer<typeof usersQuerySchema>;
