import { createUserCertificateBodySchema } from '@siui/core';
import type { FormRule } from 'antd';
import type { TFunction } from 'i18next';
import { schemaRule } from '../../common/schema-rule';

const fields = createUserCertificateBodySchema.shape;

/**
 * The *Nou* form's rules: each accepts what the API's zod schema accepts for that field. With a
 * certificate file the serial and the authority come from the file, so they are not asked for.
 */
export function certificateRules(t: TFunction, fromFile: boolean) {
  return {
    userId: [{ required: true, message: t('userCertificates.form.userRequired') }],
    issuingAuthorityId: fromFile
      ? []
      : [{ required: true, message: t('userCertificates.form.authorityRequired') }],
    serialNumber: fromFile
      ? []
      : [
          { required: true, whitespace: true, message: t('userCertificates.form.serialRequired') },
          schemaRule(fields.serialNumber, t('userCertificates.form.serialInvalid')),
        ],
    notes: [schemaRule(fields.notes, t('userCertificates.form.notesInvalid'))],
  } satisfies Record<string, FormRule[]>;
}
