import { createHash, randomBytes } from 'node:crypto';
import type { Config } from '../../config';
import type { Executor } from '../../db/executor';
import { AppError } from '../../http/app-error';
import { recordAudit } from '../audit/audit.service';
import { type AlertLog, AttemptThrottle, SILENT_LOG } from '../rate-limits/failure-throttle';
import { rightsOfUser, rolesOfUsers } from '../users/user-roles.repository';
import { findInternalUserForLogin, markLoggedIn } from '../users/users.repository';
import { UNKNOWN_USER_HASH, verifyPassword } from './password-hasher';
import { effectiveRights, type StaffPrincipal, scopeOfHouse } from './principal';
import { deleteSession, findLiveSession, insertSession, touchSession } from './session.repository';

// Staff login with database-backed sessions. The cookie carries a random token; the database keeps
// only its SHA-256, so a leaked table does not hand out sessions.

const TOUCH_EVERY_MS = 60_000;
/** Failed logins from everywhere together: a slow, distributed guessing campaign is reported. */
const GLOBAL_LOGIN_KEY = 'login:global';

export interface LoginInput {
  username: string;
  password: string;
  clientIp: string;
  userAgent: string | null;
  /** The token of a session the browser already had; it is ended (the session id rotates). */
  previousToken?: string | undefined;
}

export function sessionIdOf(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export class AuthService {
  private readonly throttle: AttemptThrottle;

  constructor(
    private readonly db: Executor,
    private readonly config: Pick<Config, 'session' | 'loginThrottle'>,
    private readonly clock: () => Date = () => new Date(),
    log: AlertLog = SILENT_LOG,
    private readonly verify: (password: string, hash: string) => Promise<boolean> = verifyPassword,
  ) {
    this.throttle = new AttemptThrottle(db, {
      entry: 'auth',
      lockoutSeconds: config.loginThrottle.lockoutSeconds,
      clock,
      log,
    });
  }

  async login(input: LoginInput): Promise<{ token: string; principal: StaffPrincipal }> {
    const rule = this.config.loginThrottle;
    const username = input.username.toLowerCase();
    const userKey = `login:user:${username}`;
    const attempt = await this.throttle.admit(
      [
        {
          key: `login:ip:${input.clientIp}`,
          limit: rule.maxFailuresPerIp,
          subject: { type: 'client-ip', id: input.clientIp },
        },
        { key: userKey, limit: rule.maxFailuresPerUser, subject: { type: 'username', id: username } },
      ],
      input.clientIp,
    );

    const user = await findInternalUserForLogin(this.db, input.username);
    const passwordOk = await this.verify(input.password, user?.password_hash ?? UNKNOWN_USER_HASH);
    if (!user?.active || !passwordOk) {
      await attempt.failed([
        { key: GLOBAL_LOGIN_KEY, limit: rule.maxFailuresGlobal, subject: { type: 'global', id: 'login' } },
      ]);
      throw new AppError('INVALID_CREDENTIALS');
    }
    // The account starts afresh after a right password, as a user who mistyped expects.
    await attempt.reset([userKey]);
    await attempt.succeeded();

    const now = this.clock();
    const token = randomBytes(32).toString('base64url');
    await this.db.transaction().execute(async (trx) => {
      if (input.previousToken) await deleteSession(trx, sessionIdOf(input.previousToken));
      await insertSession(trx, {
        id: sessionIdOf(token),
        userId: user.id,
        now,
        expiresAt: new Date(now.getTime() + this.config.session.absoluteSeconds * 1000),
        clientIp: input.clientIp,
        userAgent: input.userAgent?.slice(0, 300) ?? null,
      });
      await markLoggedIn(trx, user.id, now);
      await recordAudit(
        trx,
        { userId: user.id, username: user.username, clientIp: input.clientIp },
        { action: 'auth.login', entityType: 'user', entityId: user.id, houseCode: user.insurance_house_code },
        now,
      );
    });
    const principal = await this.authenticate(token);
    if (!principal) throw new AppError('INTERNAL_ERROR');
    return { token, principal };
  }

  /** The staff member behind a session token, or undefined if the session is over. */
  async authenticate(token: string): Promise<StaffPrincipal | undefined> {
    const now = this.clock();
    const idleSince = new Date(now.getTime() - this.config.session.idleSeconds * 1000);
    const session = await findLiveSession(this.db, sessionIdOf(token), now, idleSince);
    if (!session) return undefined;
    if (now.getTime() - new Date(session.lastSeenAt).getTime() > TOUCH_EVERY_MS) {
      await touchSession(this.db, session.sessionId, now);
    }
    const [granted, roles] = await Promise.all([
      rightsOfUser(this.db, session.userId),
      rolesOfUsers(this.db, [session.userId]),
    ]);
    return {
      userId: session.userId,
      username: session.username,
      fullName: session.fullName,
      houseCode: session.houseCode,
      houseName: session.houseName,
      scope: scopeOfHouse(session.houseCode),
      roles: roles.get(session.userId) ?? [],
      rights: effectiveRights(session.houseCode, granted),
      sessionId: session.sessionId,
      sessionExpiresAt: new Date(session.expiresAt),
    };
  }

  async logout(principal: StaffPrincipal, clientIp: string): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await deleteSession(trx, principal.sessionId);
      await recordAudit(
        trx,
        { userId: principal.userId, username: principal.username, clientIp },
        {
          action: 'auth.logout',
          entityType: 'user',
          entityId: principal.userId,
          houseCode: principal.houseCode,
        },
      );
    });
  }
}
