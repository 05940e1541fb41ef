import { formatMessage, type Language } from '@siui/core';

/**
 * Where the online connection is. The traffic light (semafor) of the status bar follows from it:
 * green online, yellow while connecting or online with a warning, red offline or refused.
 */
export type ConnectionPhase =
  | 'OFFLINE'
  | 'CHECKING_CERTIFICATE'
  | 'OPENING_SESSION'
  | 'ONLINE'
  | 'DEGRADED'
  | 'REFUSED';
export type TrafficLight = 'green' | 'yellow' | 'red';

export interface ConnectionStatus {
  phase: ConnectionPhase;
  light: TrafficLight;
  /** Why: a SIUI reason code (CERTIFICATE_SUSPENDED, KEY_RESET …) or the desktop's own. */
  code: string | null;
  /** The status bar's text, in the connection's language (SIUI's own words for a refusal). */
  message: string;
  since: string;
  /** When the next automatic attempt is due, while SIUI cannot be reached. */
  retryAt: string | null;
  lastHeartbeatAt: string | null;
}

export const LIGHTS: Record<ConnectionPhase, TrafficLight> = {
  OFFLINE: 'red',
  CHECKING_CERTIFICATE: 'yellow',
  OPENING_SESSION: 'yellow',
  ONLINE: 'green',
  DEGRADED: 'yellow',
  REFUSED: 'red',
};

export const CONNECTION_MESSAGES = {
  OFFLINE: { ro: 'Deconectat', en: 'Disconnected' },
  CHECKING_CERTIFICATE: { ro: 'Se verifică certificatul…', en: 'Checking the certificate…' },
  OPENING_SESSION: { ro: 'Se deschide sesiunea online SIUI…', en: 'Opening the SIUI online session…' },
  ONLINE: { ro: 'Conectat la SIUI', en: 'Connected to SIUI' },
  DEGRADED: {
    ro: 'Conectat la SIUI; starea certificatului nu a putut fi verificată la emitent (OCSP).',
    en: 'Connected to SIUI; the certificate status could not be checked with its issuer (OCSP).',
  },
  /** Followed in the window by the countdown to the next attempt (retryAt). */
  UNREACHABLE_RETRY: {
    ro: 'SIUI nu este accesibil ({reason})',
    en: 'SIUI cannot be reached ({reason})',
  },
} as const;

export function connectionMessage(
  key: keyof typeof CONNECTION_MESSAGES,
  language: Language,
  params: Record<string, string | number> = {},
): string {
  return formatMessage(CONNECTION_MESSAGES[key], language, params);
}
