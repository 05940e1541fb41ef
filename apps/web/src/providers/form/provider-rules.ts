import { createProviderBodySchema, parseFiscalCode } from '@siui/core';
import type { FormRule } from 'antd';
import type { TFunction } from 'i18next';
import { schemaRule } from '../../common/schema-rule';

const fields = createProviderBodySchema.shape;

/**
 * The provider form's rules: each accepts exactly what the API's zod schema accepts for that field,
 * with the console's own message in the current language.
 */
export function providerRules(t: TFunction) {
  const tooLong = (max: number) => t('providers.form.tooLong', { max });
  return {
    insuranceHouse: [{ required: true, message: t('providers.form.houseRequired') }],
    code: [schemaRule(fields.code, t('providers.form.codeInvalid'))],
    name: [schemaRule(fields.name, t('providers.form.nameInvalid'))],
    fiscalCode: [fiscalCodeRule(t)],
    category: [schemaRule(fields.category, t('providers.form.categoryRequired'))],
    registrationNumber: [schemaRule(fields.registrationNumber, tooLong(60))],
    address: [schemaRule(fields.address, tooLong(400))],
    legalRepresentative: [schemaRule(fields.legalRepresentative, tooLong(200))],
    email: [schemaRule(fields.email, t('providers.form.emailInvalid'))],
    phone: [schemaRule(fields.phone, t('providers.form.phoneInvalid'))],
    contractNumber: [schemaRule(fields.contractNumber, t('providers.form.contractNumberInvalid'))],
    contractStart: [schemaRule(fields.contractStart, t('providers.form.dateRequired'))],
    contractEnd: [
      schemaRule(fields.contractEnd, t('providers.form.dateRequired')),
      contractEndRule(t('providers.form.contractEndBeforeStart')),
    ],
  } satisfies Record<string, FormRule[]>;
}

/** The CUI schema's rule, saying whether the format or the check digit is wrong. */
function fiscalCodeRule(t: TFunction): FormRule {
  return {
    validator: async (_rule, value: unknown) => {
      const text = typeof value === 'string' ? value.trim() : '';
      if (text === '') throw new Error(t('providers.form.fiscalCodeRequired'));
      if (fields.fiscalCode.safeParse(text).success) return;
      const parsed = parseFiscalCode(text);
      throw new Error(
        t(
          !parsed.ok && parsed.reason === 'CHECK_DIGIT'
            ? 'providers.form.fiscalCodeCheckDigit'
            : 'providers.form.fiscalCodeFormat',
        ),
      );
    },
  };
}

/** The schema's "the contract ends before it starts" check, on the end date. */
function contractEndRule(message: string): FormRule {
  return ({ getFieldValue }) => ({
    validator: async (_rule, end: unknown) => {
      const start: unknown = getFieldValue('contractStart');
      if (typeof start === 'string' && typeof end === 'string' && end < start) throw new Error(message);
    },
  });
}
