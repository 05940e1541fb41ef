import { type Language, type Report, type ValidationMessage, validateReport } from '@siui/core';
import type { LocalActivation } from '../activation/activation.repository';

const NOMENCLATURE_MISSING = {
  ro: 'Nomenclatorul serviciilor nu a fost descărcat încă (conectați-vă o dată); codurile de serviciu vor fi verificate de SIUI.',
  en: 'The service nomenclature has not been downloaded yet (connect once); SIUI will check the service codes.',
};

/**
 * The local check before sending: SIUI's own rules from @siui/core with the provider's contract and
 * the downloaded nomenclature. SIUI stays the judge; this only spares a round trip for plain errors.
 */
export function precheckReport(
  report: Report,
  activation: LocalActivation,
  serviceCodes: readonly string[],
  language: Language,
  today: Date,
): ValidationMessage[] {
  const { messages } = validateReport(report, {
    providerCategory: activation.provider.category,
    contractStart: activation.provider.contract.start,
    contractEnd: activation.provider.contract.end,
    serviceCodes: new Set(serviceCodes),
    today,
    language,
  });
  if (serviceCodes.length > 0) return messages;
  return [
    { code: 'NOMENCLATURE_MISSING', severity: 'warning', message: NOMENCLATURE_MISSING[language] },
    ...messages.filter((message) => message.code !== 'SERVICE_UNKNOWN'),
  ];
}
