import {
  type CreateIssuingAuthorityBody,
  createIssuingAuthorityBodySchema,
  type IssuingAuthority,
  type OcspPolicy,
  type UpdateIssuingAuthorityBody,
  updateIssuingAuthorityBodySchema,
} from '@siui/core';

/** A certificate file read in the browser: its name and what the API takes as `certificatePem`. */
export interface ChosenCertificateFile {
  name: string;
  content: string;
}

/** What the authority forms hold: texts as typed ('' when left empty). */
export interface AuthorityFormValues {
  certificate?: ChosenCertificateFile;
  name?: string;
  ocspUrl?: string;
  crlUrl?: string;
  ocspPolicy: OcspPolicy;
}

export type AuthorityFormField = keyof AuthorityFormValues;

/** The API's field names and the form's: only the file differs. */
export const AUTHORITY_API_FIELDS: Record<string, AuthorityFormField> = {
  certificatePem: 'certificate',
  name: 'name',
  ocspUrl: 'ocspUrl',
  crlUrl: 'crlUrl',
  ocspPolicy: 'ocspPolicy',
};

export const NEW_AUTHORITY_VALUES: AuthorityFormValues = { ocspPolicy: 'HARD_FAIL' };

export function authorityFormValuesOf(authority: IssuingAuthority): AuthorityFormValues {
  return {
    name: authority.name,
    ocspUrl: authority.ocspUrl ?? '',
    crlUrl: authority.crlUrl ?? '',
    ocspPolicy: authority.ocspPolicy,
  };
}

type Parsed<T> = { success: true; data: T } | { success: false; fields: AuthorityFormField[] };

function blankAs<T>(value: string | undefined, empty: T): string | T {
  const text = value?.trim() ?? '';
  return text === '' ? empty : text;
}

function fieldsAtFault(issues: readonly { path: readonly PropertyKey[] }[]): AuthorityFormField[] {
  return issues.flatMap(({ path }) => {
    const field = AUTHORITY_API_FIELDS[String(path[0])];
    return field === undefined ? [] : [field];
  });
}

/** `POST /api/issuing-authorities`: what is left empty is taken from the certificate by the server. */
export function createAuthorityBodyOf(values: AuthorityFormValues): Parsed<CreateIssuingAuthorityBody> {
  const parsed = createIssuingAuthorityBodySchema.safeParse({
    certificatePem: values.certificate?.content ?? '',
    name: blankAs(values.name, undefined),
    ocspUrl: blankAs(values.ocspUrl, undefined),
    crlUrl: blankAs(values.crlUrl, undefined),
    ocspPolicy: values.ocspPolicy,
  });
  return parsed.success ? parsed : { success: false, fields: fieldsAtFault(parsed.error.issues) };
}

/** `PATCH /api/issuing-authorities/{id}`: an emptied address is removed (`null`). */
export function updateAuthorityBodyOf(values: AuthorityFormValues): Parsed<UpdateIssuingAuthorityBody> {
  const parsed = updateIssuingAuthorityBodySchema.safeParse({
    name: blankAs(values.name, undefined),
    ocspUrl: blankAs(values.ocspUrl, null),
    crlUrl: blankAs(values.crlUrl, null),
    ocspPolicy: values.ocspPolicy,
  });
  return parsed.success ? parsed : { success: false, fields: fieldsAtFault(parsed.error.issues) };
}
