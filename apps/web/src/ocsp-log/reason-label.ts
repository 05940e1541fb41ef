import type { TFunction } from 'i18next';
import { ocspLogRo } from '../i18n/ocsp-log.ro';

type KnownReason = keyof typeof ocspLogRo.reasons;

function isKnownReason(code: string): code is KnownReason {
  return Object.hasOwn(ocspLogRo.reasons, code);
}

/** A reason code as people read it (*Certificat suspendat*); a code the console does not know, as it is. */
export function reasonLabel(code: string, t: TFunction): string {
  return isKnownReason(code) ? t(`ocspLog.reasons.${code}`) : code;
}
