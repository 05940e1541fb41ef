import type { Right } from '@siui/core';
import type { FastifyRequest } from 'fastify';
import type { AuditActor } from '../modules/audit/audit.service';
import type { StaffPrincipal } from '../modules/auth/principal';
import { AppError } from './app-error';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Reachable without a staff session (health, login, OpenAPI, provider-facing endpoints). */
    public?: boolean;
    /** The right a staff member needs for this route; checked before the handler runs. */
    right?: Right;
  }
  interface FastifyRequest {
    principal: StaffPrincipal | undefined;
  }
}

/** The authenticated staff member; the auth hook guarantees it on non-public routes. */
export function staffOf(request: FastifyRequest): StaffPrincipal {
  if (!request.principal) throw new AppError('UNAUTHENTICATED');
  return request.principal;
}

export function actorOf(request: FastifyRequest): AuditActor {
  const principal = staffOf(request);
  return { userId: principal.userId, username: principal.username, clientIp: request.ip };
}
