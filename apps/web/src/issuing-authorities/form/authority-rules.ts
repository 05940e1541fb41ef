import { createIssuingAuthorityBodySchema } from '@siui/core';
import type { FormRule } from 'antd';
import type { TFunction } from 'i18next';
import { schemaRule } from '../../common/schema-rule';

const fields = createIssuingAuthorityBodySchema.shape;

/** The authority forms' rules: each accepts what the API's zod schema accepts for that field. */
export function authorityRules(t: TFunction) {
  return {
    certificate: [{ required: true, message: t('issuingAuthorities.form.fileRequired') }],
    name: [schemaRule(fields.name, t('issuingAuthorities.form.nameInvalid'))],
    ocspUrl: [schemaRule(fields.ocspUrl, t('issuingAuthorities.form.urlInvalid'))],
    crlUrl: [schemaRule(fields.crlUrl, t('issuingAuthorities.form.urlInvalid'))],
  } satisfies Record<string, FormRule[]>;
}
