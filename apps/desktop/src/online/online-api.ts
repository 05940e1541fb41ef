import {
  type OnlineMessage,
  type OnlineSession,
  onlineMessageSchema,
  onlineSessionSchema,
  type Report,
  type ReportAnswer,
  reportAnswerSchema,
  type Service,
  serviceSchema,
} from '@siui/core';
import { z } from 'zod';
import type { GatewayClient } from './gateway-client';

// The gateway's endpoints (seed 3.2), each answer checked against the shared schemas.

export async function openSession(
  client: GatewayClient,
  credentials: { username: string; password: string },
): Promise<OnlineSession> {
  const answer = await client.request({ method: 'GET', path: '/online/v1/session', basicAuth: credentials });
  return onlineSessionSchema.parse(answer.body);
}

/** *Deconectare*: SIUI ends the session, so its token is worth nothing from then on. */
export async function endSession(client: GatewayClient, token: string): Promise<void> {
  await client.request({ method: 'DELETE', path: '/online/v1/session', sessionToken: token });
}

export async function heartbeat(client: GatewayClient, token: string): Promise<void> {
  await client.request({ method: 'GET', path: '/online/v1/heartbeat', sessionToken: token });
}

export async function downloadServices(client: GatewayClient, token: string): Promise<Service[]> {
  const answer = await client.request({
    method: 'GET',
    path: '/online/v1/nomenclatures/services',
    sessionToken: token,
  });
  return z.object({ items: z.array(serviceSchema) }).parse(answer.body).items;
}

export async function submitReport(
  client: GatewayClient,
  token: string,
  report: Report,
): Promise<{ answer: ReportAnswer; replayed: boolean }> {
  const answer = await client.request({
    method: 'POST',
    path: '/online/v1/reports',
    sessionToken: token,
    body: report,
  });
  return {
    answer: reportAnswerSchema.parse(answer.body),
    replayed: answer.headers['idempotent-replayed'] === 'true',
  };
}

export async function messagesSince(
  client: GatewayClient,
  token: string,
  since: string | undefined,
): Promise<OnlineMessage[]> {
  const query = since ? `?since=${encodeURIComponent(since)}` : '';
  const answer = await client.request({
    method: 'GET',
    path: `/online/v1/messages${query}`,
    sessionToken: token,
  });
  return z.object({ items: z.array(onlineMessageSchema) }).parse(answer.body).items;
}
