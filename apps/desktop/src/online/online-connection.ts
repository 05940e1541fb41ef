import type { Language } from '@siui/core';
import type { ActivationRepository } from '../activation/activation.repository';
import type { ActivationKeyStore } from '../activation/activation-key-store';
import type { CertificateService } from '../certificate/certificate.service';
import { DesktopError, describeError, errorCodeOf } from '../errors/desktop-error';
import {
  type ConnectionPhase,
  type ConnectionStatus,
  connectionMessage,
  LIGHTS,
} from '../local-api/connection-status';
import type { ValidationMessagesRepository } from '../messages/validation-messages.repository';
import type { NomenclatureRepository } from '../nomenclature/nomenclature.repository';
import type { ReportsService } from '../reports/reports.service';
import type { SettingsRepository } from '../storage/settings.repository';
import { reconnectDelayMs } from './backoff';
import type { ConnectionLogRepository } from './connection-log.repository';
import { failureKind, retryAfterMs } from './failure-kind';
import { GatewayClient } from './gateway-client';
import { downloadServices, endSession, heartbeat, messagesSince, openSession } from './online-api';
import { type DeliverySummary, deliverOutbox } from './outbox-delivery';

export interface OnlineConnectionDeps {
  activations: ActivationRepository;
  keys: ActivationKeyStore;
  certificates: CertificateService;
  reports: ReportsService;
  messages: ValidationMessagesRepository;
  nomenclature: NomenclatureRepository;
  log: ConnectionLogRepository;
  settings: SettingsRepository;
  language: () => Language;
  clock?: () => Date;
  heartbeatMs?: number;
  reconnectDelay?: (attempt: number) => number;
}

const HEARTBEAT_MS = 15_000;
/** Pages of messages fetched at one connection; the rest come at the next. */
const MAX_MESSAGE_PAGES = 20;

/**
 * *Conectare* (seed 3.2): opens the online session with the certificate and the activation key,
 * downloads the nomenclature and the latest messages, delivers the outbox. With `keepAlive` (the
 * UI) it then checks the session every ~15 s and reconnects with backoff when SIUI goes away;
 * without (the CLI) it makes one attempt. Every change of state is reported to the listeners.
 */
export class OnlineConnection {
  private state: ConnectionStatus;
  private client: GatewayClient | null = null;
  private token: string | null = null;
  private keepAlive = false;
  private timer: NodeJS.Timeout | null = null;
  private failures = 0;
  /** Bumped by connect/disconnect so that the work of a replaced attempt stops quietly. */
  private generation = 0;
  private delivery: Promise<DeliverySummary> | null = null;
  private deliverAgain = false;
  private readonly listeners = new Set<(status: ConnectionStatus) => void>();
  private readonly clock: () => Date;

  constructor(private readonly deps: OnlineConnectionDeps) {
    this.clock = deps.clock ?? (() => new Date());
    this.state = this.make('OFFLINE', null, connectionMessage('OFFLINE', deps.language()));
  }

  status(): ConnectionStatus {
    return this.state;
  }

  isOnline(): boolean {
    return this.token !== null && (this.state.phase === 'ONLINE' || this.state.phase === 'DEGRADED');
  }

  onChange(listener: (status: ConnectionStatus) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Resolves once the attempt (and the outbox delivery after it) is over. */
  async connect(options: { keepAlive: boolean }): Promise<ConnectionStatus> {
    this.stop();
    const generation = ++this.generation;
    this.keepAlive = options.keepAlive;
    this.failures = 0;
    this.deps.log.add('CONNECT');
    await this.attempt(generation);
    return this.state;
  }

  disconnect(): void {
    const wasConnected = this.token !== null || this.timer !== null;
    // The session is ended at SIUI too, on the way out; when SIUI cannot be reached it expires there.
    const { client, token } = this;
    if (client && token) {
      this.client = null;
      void endSession(client, token)
        .catch(() => {})
        .finally(() => client.close());
    }
    this.stop();
    this.generation += 1;
    this.keepAlive = false;
    if (wasConnected) this.deps.log.add('DISCONNECT');
    this.set('OFFLINE', null, connectionMessage('OFFLINE', this.deps.language()));
  }

  /** After a report was queued: delivers it now when online (the outbox waits otherwise). */
  deliverSoon(): Promise<DeliverySummary> {
    const client = this.client;
    const token = this.token;
    if (!client || !token || !this.isOnline()) return Promise.resolve({ delivered: 0, rejected: 0 });
    if (this.delivery) {
      this.deliverAgain = true;
      return this.delivery;
    }
    const generation = this.generation;
    const run = async (): Promise<DeliverySummary> => {
      const total: DeliverySummary = { delivered: 0, rejected: 0 };
      do {
        this.deliverAgain = false;
        const summary = await deliverOutbox({
          client,
          token,
          reports: this.deps.reports,
          language: this.deps.language(),
          stillCurrent: () => generation === this.generation,
          onDelivered: () => this.emit(),
        });
        total.delivered += summary.delivered;
        total.rejected += summary.rejected;
      } while (this.deliverAgain && generation === this.generation);
      return total;
    };
    // A failed delivery is a failed request like any other: the connection decides what follows.
    this.delivery = run()
      .catch(async (error: unknown) => {
        this.delivery = null;
        await this.fail(error, generation);
        return { delivered: 0, rejected: 0 };
      })
      .finally(() => {
        this.delivery = null;
      });
    return this.delivery;
  }

  private async attempt(generation: number): Promise<void> {
    try {
      const { username, password, online, credentials, category } = this.prerequisites();
      this.set('CHECKING_CERTIFICATE', null, connectionMessage('CHECKING_CERTIFICATE', this.deps.language()));
      this.client?.close();
      const client = new GatewayClient(online, credentials, this.deps.language);
      this.client = client;
      this.set('OPENING_SESSION', null, connectionMessage('OPENING_SESSION', this.deps.language()));
      const session = await openSession(client, { username, password });
      if (generation !== this.generation) return;
      this.token = session.token;
      this.failures = 0;
      const phase: ConnectionPhase = session.ocspWarning ? 'DEGRADED' : 'ONLINE';
      this.set(phase, session.ocspWarning, connectionMessage(phase, this.deps.language()));
      this.deps.log.add('SESSION_OPENED', session.ocspWarning);
      this.deps.nomenclature.replace(category, await downloadServices(client, session.token));
      await this.synchronizeMessages(client, session.token);
      await this.deliverSoon();
      if (generation === this.generation && this.keepAlive && this.isOnline())
        this.scheduleHeartbeat(generation);
    } catch (error) {
      await this.fail(error, generation);
    }
  }

  private prerequisites() {
    const activation = this.deps.activations.current();
    if (!activation) throw new DesktopError('NOT_ACTIVATED');
    if (!activation.online) throw new DesktopError('NO_ONLINE_GATEWAY');
    const credentials = this.deps.certificates.clientCredentials();
    if (!credentials) throw new DesktopError('CERTIFICATE_MISSING');
    const password = this.deps.keys.load();
    if (!password) throw new DesktopError('ACTIVATION_KEY_MISSING');
    return {
      username: activation.externalUsername,
      password,
      online: activation.online,
      credentials,
      category: activation.provider.category,
    };
  }

  /**
   * The messages SIUI has for this provider since the last time: page after page (SIUI gives at
   * most 50 reports' messages an answer, oldest first after `since`); the first time, the latest.
   */
  private async synchronizeMessages(client: GatewayClient, token: string): Promise<void> {
    for (let page = 0; page < MAX_MESSAGE_PAGES; page++) {
      const since = this.deps.settings.get('messages_synced_at');
      const items = await messagesSince(client, token, since);
      this.deps.messages.storeAll(items.map((item) => ({ ...item, receivedAt: item.at })));
      const newest = items.reduce<string | undefined>(
        (latest, item) => (!latest || item.at > latest ? item.at : latest),
        since,
      );
      if (!newest || newest === since) return;
      this.deps.settings.set('messages_synced_at', newest);
      if (since === undefined) return;
    }
  }

  private scheduleHeartbeat(generation: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.beat(generation);
    }, this.deps.heartbeatMs ?? HEARTBEAT_MS);
  }

  private async beat(generation: number): Promise<void> {
    const client = this.client;
    const token = this.token;
    if (!client || !token || generation !== this.generation) return;
    try {
      await heartbeat(client, token);
      if (generation !== this.generation) return;
      this.state = { ...this.state, lastHeartbeatAt: this.clock().toISOString() };
      this.emit();
      // Reports another process (the CLI) queued while this one was online.
      await this.deliverSoon();
      if (generation === this.generation && this.isOnline()) this.scheduleHeartbeat(generation);
    } catch (error) {
      await this.fail(error, generation);
    }
  }

  private async fail(error: unknown, generation: number): Promise<void> {
    if (generation !== this.generation) return;
    const kind = failureKind(error);
    const code = errorCodeOf(error);
    const language = this.deps.language();
    this.token = null;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (kind === 'session' && this.failures === 0) {
      this.failures += 1;
      this.deps.log.add('SESSION_EXPIRED', code);
      await this.attempt(generation);
      return;
    }
    if (kind === 'refused' || kind === 'session') {
      const message = describeError(error, language);
      this.deps.log.add('REFUSED', code, message);
      this.set('REFUSED', code, message);
      return;
    }
    const reason = error instanceof DesktopError ? String(error.params.reason ?? code) : code;
    this.deps.log.add('UNREACHABLE', code, reason);
    const message = connectionMessage('UNREACHABLE_RETRY', language, { reason });
    if (!this.keepAlive) {
      this.set('OFFLINE', code, describeError(error, language));
      return;
    }
    const delay = retryAfterMs(error) ?? (this.deps.reconnectDelay ?? reconnectDelayMs)(this.failures);
    this.failures += 1;
    this.set('OFFLINE', code, message, new Date(this.clock().getTime() + delay).toISOString());
    this.timer = setTimeout(() => {
      this.timer = null;
      if (generation === this.generation) void this.attempt(generation);
    }, delay);
  }

  private stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.client?.close();
    this.client = null;
    this.token = null;
  }

  private set(
    phase: ConnectionPhase,
    code: string | null,
    message: string,
    retryAt: string | null = null,
  ): void {
    this.state = {
      ...this.make(phase, code, message, retryAt),
      lastHeartbeatAt: this.state?.lastHeartbeatAt ?? null,
    };
    this.emit();
  }

  private make(phase: ConnectionPhase, code: string | null, message: string, retryAt: string | null = null) {
    return {
      phase,
      light: LIGHTS[phase],
      code,
      message,
      since: this.clock().toISOString(),
      retryAt,
      lastHeartbeatAt: null,
    } satisfies ConnectionStatus;
  }

  private emit(): void {
    for (const listener of this.listeners) listener(this.state);
  }
}
