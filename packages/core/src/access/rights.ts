// Fine-grained rights. Roles group them; every staff route checks one of them on the server,
// and the console uses the same list to show only what the user may open.

export const RIGHTS = [
  'PROVIDERS_VIEW',
  'PROVIDERS_EDIT',
  'ACTIVATION_KEYS_GENERATE',
  'USERS_VIEW',
  'USERS_MANAGE',
  'ROLES_MANAGE',
  'CERTIFICATES_VIEW',
  'CERTIFICATES_MANAGE',
  'CERTIFICATES_SUSPEND',
  'OCSP_LOG_VIEW',
  'ISSUING_AUTHORITIES_VIEW',
  'ISSUING_AUTHORITIES_MANAGE',
  'REPORTS_VIEW',
  'AUDIT_VIEW',
] as const;

export type Right = (typeof RIGHTS)[number];

/** Rights that only staff of the national house (CNAS) may hold, whatever their roles say. */
export const CNAS_ONLY_RIGHTS: readonly Right[] = ['ISSUING_AUTHORITIES_MANAGE', 'ROLES_MANAGE'];

export const RIGHT_LABELS: Record<Right, { ro: string; en: string }> = {
  PROVIDERS_VIEW: { ro: 'Vizualizare furnizori', en: 'View providers' },
  PROVIDERS_EDIT: { ro: 'Modificare furnizori', en: 'Edit providers' },
  ACTIVATION_KEYS_GENERATE: {
    ro: 'Generare / resetare cheie de activare',
    en: 'Generate / reset activation keys',
  },
  USERS_VIEW: { ro: 'Vizualizare utilizatori', en: 'View users' },
  USERS_MANAGE: { ro: 'Administrare utilizatori interni', en: 'Manage internal users' },
  ROLES_MANAGE: { ro: 'Administrare roluri', en: 'Manage roles' },
  CERTIFICATES_VIEW: { ro: 'Vizualizare certificate utilizatori', en: 'View user certificates' },
  CERTIFICATES_MANAGE: { ro: 'Administrare certificate utilizatori', en: 'Manage user certificates' },
  CERTIFICATES_SUSPEND: { ro: 'Suspendare certificate', en: 'Suspend certificates' },
  OCSP_LOG_VIEW: { ro: 'Vizualizare Log OCSP', en: 'View the OCSP log' },
  ISSUING_AUTHORITIES_VIEW: { ro: 'Vizualizare autorități emitente', en: 'View issuing authorities' },
  ISSUING_AUTHORITIES_MANAGE: { ro: 'Administrare autorități emitente', en: 'Manage issuing authorities' },
  REPORTS_VIEW: { ro: 'Vizualizare raportări', en: 'View reports' },
  AUDIT_VIEW: { ro: 'Vizualizare jurnal de audit', en: 'View the audit trail' },
};

export const SYSTEM_ROLES = {
  CNAS_ADMIN: {
    name: { ro: 'Administrator CNAS', en: 'CNAS administrator' },
    rights: RIGHTS,
    cnasOnly: true,
  },
  CJAS_ADMIN: {
    name: { ro: 'Administrator CJAS', en: 'County house administrator' },
    rights: RIGHTS.filter((right) => !CNAS_ONLY_RIGHTS.includes(right)),
    cnasOnly: false,
  },
  CJAS_OPERATOR: {
    name: { ro: 'Operator CJAS', en: 'County house operator' },
    rights: [
      'PROVIDERS_VIEW',
      'PROVIDERS_EDIT',
      'ACTIVATION_KEYS_GENERATE',
      'USERS_VIEW',
      'CERTIFICATES_VIEW',
      'CERTIFICATES_MANAGE',
      'CERTIFICATES_SUSPEND',
      'OCSP_LOG_VIEW',
      'ISSUING_AUTHORITIES_VIEW',
      'REPORTS_VIEW',
    ] satisfies Right[],
    cnasOnly: false,
  },
} as const;

export type SystemRoleCode = keyof typeof SYSTEM_ROLES;
