import {
  type CertificateInspection,
  type CreateUserCertificateBody,
  createUserCertificateBodySchema,
} from '@siui/core';

/** What the *Nou* form holds (seed figure 5); the serial as typed ("00 a3 0f" is fine). */
export interface CertificateFormValues {
  userId?: string;
  issuingAuthorityId?: string;
  serialNumber?: string;
  notes?: string;
}

export type CertificateFormField = keyof CertificateFormValues;

export const CERTIFICATE_FORM_FIELDS: readonly CertificateFormField[] = [
  'userId',
  'issuingAuthorityId',
  'serialNumber',
  'notes',
];

/** A certificate file read and checked by the server (`/inspect`), not saved yet. */
export interface InspectedFile {
  name: string;
  content: string;
  inspection: CertificateInspection;
}

type Parsed<T> = { success: true; data: T } | { success: false; fields: CertificateFormField[] };

function fieldsAtFault(issues: readonly { path: readonly PropertyKey[] }[]): CertificateFormField[] {
  return issues.flatMap(({ path }) => CERTIFICATE_FORM_FIELDS.filter((field) => field === path[0]));
}

/**
 * The body of `POST /api/user-certificates`, parsed by the API's schema: with a file, the file itself
 * (and the authority it was found to come from); otherwise the authority and the serial typed.
 */
export function createCertificateBodyOf(
  values: CertificateFormValues,
  file: InspectedFile | null,
): Parsed<CreateUserCertificateBody> {
  const notes = values.notes?.trim() ? values.notes : undefined;
  const parsed = createUserCertificateBodySchema.safeParse(
    file
      ? {
          userId: values.userId,
          certificatePem: file.content,
          issuingAuthorityId: file.inspection.issuingAuthority?.id,
          notes,
        }
      : {
          userId: values.userId,
          issuingAuthorityId: values.issuingAuthorityId,
          serialNumber: values.serialNumber,
          notes,
        },
  );
  return parsed.success ? parsed : { success: false, fields: fieldsAtFault(parsed.error.issues) };
}
