import type { Executor } from '../../db/executor';

export interface NewSession {
  id: string;
  userId: string;
  now: Date;
  expiresAt: Date;
  clientIp: string | null;
  userAgent: string | null;
}

export async function insertSession(db: Executor, session: NewSession): Promise<void> {
  await db
    .insertInto('staff_sessions')
    .values({
      id: session.id,
      user_id: session.userId,
      created_at: session.now,
      last_seen_at: session.now,
      expires_at: session.expiresAt,
      client_ip: session.clientIp,
      user_agent: session.userAgent,
    })
    .execute();
}

/** The session with its user, house and granted rights, if it is still within both expiries. */
export async function findLiveSession(db: Executor, id: string, now: Date, idleSince: Date) {
  const row = await db
    .selectFrom('staff_sessions as s')
    .innerJoin('users as u', 'u.id', 's.user_id')
    .innerJoin('insurance_houses as h', 'h.code', 'u.insurance_house_code')
    .select([
      's.id as sessionId',
      's.expires_at as expiresAt',
      's.last_seen_at as lastSeenAt',
      'u.id as userId',
      'u.username',
      'u.full_name as fullName',
      'u.kind',
      'u.active',
      'h.code as houseCode',
      'h.name as houseName',
    ])
    .where('s.id', '=', id)
    .where('s.expires_at', '>', now)
    .where('s.last_seen_at', '>', idleSince)
    .executeTakeFirst();
  if (row?.kind !== 'internal' || !row.active) return undefined;
  return row;
}

export async function touchSession(db: Executor, id: string, now: Date): Promise<void> {
  await db.updateTable('staff_sessions').set({ last_seen_at: now }).where('id', '=', id).execute();
}

export async function deleteSession(db: Executor, id: string): Promise<void> {
  await db.deleteFrom('staff_sessions').where('id', '=', id).execute();
}

export async function deleteSessionsOfUser(db: Executor, userId: string): Promise<void> {
  await db.deleteFrom('staff_sessions').where('user_id', '=', userId).execute();
}

export async function deleteExpiredSessions(db: Executor, now: Date, idleSince: Date): Promise<void> {
  await db
    .deleteFrom('staff_sessions')
    .where((eb) => eb.or([eb('expires_at', '<=', now), eb('last_seen_at', '<=', idleSince)]))
    .execute();
}
