// Every error the API can answer, with its message in Romanian (default) and English.
// `{name}` placeholders are filled from the error's params.

export const ERROR_MESSAGES = {
  VALIDATION_FAILED: {
    ro: 'Date invalide: {details}',
    en: 'Invalid data: {details}',
  },
  MALFORMED_BODY: {
    ro: 'Corpul cererii nu poate fi citit (JSON invalid).',
    en: 'The request body cannot be read (invalid JSON).',
  },
  UNSUPPORTED_MEDIA_TYPE: {
    ro: 'Tipul de conținut nu este acceptat.',
    en: 'This content type is not accepted.',
  },
  PAYLOAD_TOO_LARGE: {
    ro: 'Cererea este prea mare.',
    en: 'The request is too large.',
  },
  UNAUTHENTICATED: {
    ro: 'Trebuie să vă autentificați.',
    en: 'You must log in.',
  },
  INVALID_CREDENTIALS: {
    ro: 'Utilizator sau parolă incorectă.',
    en: 'Wrong user name or password.',
  },
  TOO_MANY_ATTEMPTS: {
    ro: 'Prea multe încercări. Reîncercați peste {seconds} s.',
    en: 'Too many attempts. Try again in {seconds} s.',
  },
  FORBIDDEN: {
    ro: 'Nu aveți dreptul să efectuați această operație.',
    en: 'You are not allowed to do this.',
  },
  CROSS_SITE_REQUEST: {
    ro: 'Cererea provine de pe alt site și a fost refuzată.',
    en: 'The request comes from another site and was refused.',
  },
  NOT_FOUND: {
    ro: 'Resursa nu a fost găsită.',
    en: 'Not found.',
  },
  USER_NOT_FOUND: {
    ro: 'Utilizatorul nu a fost găsit.',
    en: 'User not found.',
  },
  USERNAME_TAKEN: {
    ro: 'Numele de utilizator „{username}” există deja.',
    en: 'The user name "{username}" already exists.',
  },
  UNKNOWN_INSURANCE_HOUSE: {
    ro: 'Casa de asigurări „{code}” nu există.',
    en: 'Insurance house "{code}" does not exist.',
  },
  UNKNOWN_ROLE: {
    ro: 'Rolul „{code}” nu există.',
    en: 'Role "{code}" does not exist.',
  },
  ROLE_NOT_ASSIGNABLE: {
    ro: 'Rolul „{code}” nu poate fi atribuit acestui utilizator.',
    en: 'Role "{code}" cannot be given to this user.',
  },
  RIGHTS_BEYOND_CALLER: {
    ro: 'Nu puteți acorda drepturi pe care nu le aveți: {rights}.',
    en: 'You cannot grant rights you do not hold: {rights}.',
  },
  OWN_ROLE_NOT_WIDENED: {
    ro: 'Nu puteți adăuga drepturi unui rol pe care îl aveți chiar dumneavoastră.',
    en: 'You cannot add rights to a role you hold yourself.',
  },
  ROLE_HOLDERS_OUT_OF_REACH: {
    ro: 'Rolul este atribuit unor utilizatori din afara casei dumneavoastră sau care nu pot primi aceste drepturi.',
    en: 'The role is held by users outside your house, or by users who may not hold these rights.',
  },
  TARGET_HOLDS_MORE_RIGHTS: {
    ro: 'Utilizatorul are drepturi pe care dumneavoastră nu le aveți, deci nu îl puteți modifica.',
    en: 'This user holds rights you do not have, so you cannot change them.',
  },
  ROLE_CODE_TAKEN: {
    ro: 'Codul de rol „{code}” există deja.',
    en: 'Role code "{code}" already exists.',
  },
  SYSTEM_ROLE_READ_ONLY: {
    ro: 'Rolurile de sistem nu pot fi modificate.',
    en: 'System roles cannot be changed.',
  },
  ROLE_IN_USE: {
    ro: 'Rolul este atribuit unor utilizatori și nu poate fi șters.',
    en: 'The role is given to some users and cannot be deleted.',
  },
  EXTERNAL_USER_READ_ONLY: {
    ro: 'Utilizatorii externi sunt creați odată cu cheia de activare și nu se modifică aici.',
    en: 'External users are created with the activation key and are not edited here.',
  },
  CANNOT_DEACTIVATE_SELF: {
    ro: 'Nu vă puteți dezactiva propriul cont.',
    en: 'You cannot deactivate your own account.',
  },
  WEAK_PASSWORD: {
    ro: 'Parola trebuie să aibă cel puțin 10 caractere, cu litere și cifre.',
    en: 'The password must have at least 10 characters, with letters and digits.',
  },
  PROVIDER_NOT_FOUND: {
    ro: 'Furnizorul nu a fost găsit.',
    en: 'Provider not found.',
  },
  PROVIDER_CODE_TAKEN: {
    ro: 'Codul de furnizor „{code}” există deja la această casă de asigurări.',
    en: 'Provider code "{code}" already exists at this insurance house.',
  },
  PROVIDER_FISCAL_CODE_TAKEN: {
    ro: 'CUI {fiscalCode} este deja înregistrat la această casă de asigurări (furnizorul {code}).',
    en: 'Fiscal code {fiscalCode} is already registered at this insurance house (provider {code}).',
  },
  PROVIDER_FISCAL_CODE_LOCKED: {
    ro: 'CUI nu mai poate fi schimbat după generarea cheii de activare: utilizatorul extern {username} depinde de el.',
    en: 'The fiscal code cannot change once an activation key exists: external user {username} depends on it.',
  },
  ACTIVATION_KEY_EXISTS: {
    ro: 'Furnizorul are deja o cheie de activare. Folosiți „Resetare parolă”.',
    en: 'The provider already has an activation key. Use "Reset password".',
  },
  ACTIVATION_KEY_MISSING: {
    ro: 'Furnizorul nu are încă o cheie de activare. Folosiți „Generare parolă”.',
    en: 'The provider has no activation key yet. Use "Generate password".',
  },
  ACTIVATION_KEY_BUSY: {
    ro: 'Furnizorul s-a modificat cât timp se pregătea convenția de utilizare. Încercați din nou.',
    en: 'The provider changed while the usage agreement was being prepared. Please try again.',
  },
  ACTIVATION_KEY_FORMAT: {
    ro: 'Seria de licență are 4 grupe de câte 5 caractere (cifre și litere, fără I, L, O, U).',
    en: 'The license serial has 4 groups of 5 characters (digits and letters, no I, L, O, U).',
  },
  ACTIVATION_KEY_TYPO: {
    ro: 'Seria de licență conține o greșeală de tastare. Verificați caracterele cu cele din convenția de utilizare.',
    en: 'The license serial contains a typing error. Check the characters against the usage agreement.',
  },
  ACTIVATION_KEY_INVALID: {
    ro: 'Cheia de activare nu este validă sau a fost resetată. Cereți casei de asigurări o cheie nouă.',
    en: 'The activation key is not valid or was reset. Ask the insurance house for a new key.',
  },
  ACTIVATION_HOUSE_MISMATCH: {
    ro: 'Cheia de activare nu aparține casei de asigurări selectate.',
    en: 'The activation key does not belong to the selected insurance house.',
  },
  PROVIDER_INACTIVE: {
    ro: 'Furnizorul este inactiv la casa de asigurări. Contactați casa de asigurări.',
    en: 'The provider is inactive at the insurance house. Contact the insurance house.',
  },
  IMPORT_REJECTED: {
    ro: 'Fișierul nu a fost importat (erori: {count}). Nu s-a salvat nimic; corectați rândurile indicate.',
    en: 'The file was not imported (errors: {count}). Nothing was saved; correct the rows listed.',
  },
  IMPORT_EMPTY: {
    ro: 'Fișierul nu conține niciun furnizor.',
    en: 'The file contains no provider.',
  },
  IMPORT_MALFORMED: {
    ro: 'Fișierul CSV nu poate fi citit: {details}',
    en: 'The CSV file cannot be read: {details}',
  },
  CERTIFICATE_UNREADABLE: {
    ro: 'Fișierul nu conține un certificat X.509 lizibil (PEM, DER sau base64).',
    en: 'The file does not contain a readable X.509 certificate (PEM, DER or base64).',
  },
  NOT_A_CA: {
    ro: 'Certificatul nu aparține unei autorități de certificare (BasicConstraints cA lipsește).',
    en: 'The certificate is not a certificate authority’s (BasicConstraints cA is missing).',
  },
  CA_EXPIRED: {
    ro: 'Certificatul autorității a expirat la {date}.',
    en: 'The authority’s certificate expired on {date}.',
  },
  ISSUING_AUTHORITY_EXISTS: {
    ro: 'Autoritatea emitentă există deja: {name}.',
    en: 'The issuing authority already exists: {name}.',
  },
  ISSUING_AUTHORITY_NOT_FOUND: {
    ro: 'Autoritatea emitentă nu a fost găsită.',
    en: 'Issuing authority not found.',
  },
  ISSUING_AUTHORITY_INACTIVE: {
    ro: 'Autoritatea emitentă {name} este inactivă.',
    en: 'Issuing authority {name} is inactive.',
  },
  CERTIFICATE_NOT_ISSUED_BY_AUTHORITY: {
    ro: 'Certificatul nu este semnat de autoritatea emitentă aleasă ({name}).',
    en: 'The certificate is not signed by the chosen issuing authority ({name}).',
  },
  ISSUING_AUTHORITY_NOT_DETECTED: {
    ro: 'Nicio autoritate emitentă activă nu a semnat acest certificat (emitent: {issuer}).',
    en: 'No active issuing authority signed this certificate (issuer: {issuer}).',
  },
  CERTIFICATE_IS_CA: {
    ro: 'Fișierul este certificatul unei autorități de certificare, nu al unui furnizor.',
    en: 'The file is a certificate authority’s certificate, not a provider’s.',
  },
  USER_CERTIFICATE_EXISTS: {
    ro: 'Certificatul cu numărul serial {serial} este deja înregistrat pentru acest utilizator la această autoritate.',
    en: 'The certificate with serial {serial} is already registered for this user with this authority.',
  },
  USER_CERTIFICATE_NOT_FOUND: {
    ro: 'Certificatul nu a fost găsit.',
    en: 'Certificate not found.',
  },
  NOT_AN_EXTERNAL_USER: {
    ro: 'Utilizatorul ales nu este un utilizator extern (furnizor). Certificatele se asociază utilizatorilor externi.',
    en: 'The chosen user is not an external (provider) user. Certificates belong to external users.',
  },
  CLIENT_CERTIFICATE_REQUIRED: {
    ro: 'Conexiunea nu prezintă un certificat digital. Importați certificatul furnizorului în aplicație.',
    en: 'The connection presents no digital certificate. Import the provider’s certificate into the application.',
  },
  UNTRUSTED_ISSUER: {
    ro: 'Certificatul nu este emis de o autoritate emitentă acceptată de SIUI.',
    en: 'The certificate is not issued by an issuing authority SIUI accepts.',
  },
  CERTIFICATE_EXPIRED: {
    ro: 'Certificatul digital a expirat. Reînnoiți certificatul și cereți casei de asigurări să îl înregistreze.',
    en: 'The digital certificate has expired. Renew it and ask the insurance house to register it.',
  },
  CERTIFICATE_NOT_YET_VALID: {
    ro: 'Certificatul digital nu este încă valabil.',
    en: 'The digital certificate is not valid yet.',
  },
  CREDENTIALS_REQUIRED: {
    ro: 'Lipsesc utilizatorul și cheia de activare (autentificare Basic).',
    en: 'The user name and activation key are missing (Basic authentication).',
  },
  UNKNOWN_USER: {
    ro: 'Utilizatorul {username} nu există. Utilizatorul are forma <CUI>_<cod casă>, de exemplu 18547290_CAS-AB.',
    en: 'User {username} does not exist. The user name reads <CUI>_<house code>, e.g. 18547290_CAS-AB.',
  },
  CERTIFICATE_NOT_REGISTERED: {
    ro: 'Certificatul (serie {serial}) nu este înregistrat la {house} pentru utilizatorul {username}. Cereți casei de asigurări să îl adauge la Certificate utilizatori.',
    en: 'The certificate (serial {serial}) is not registered at {house} for user {username}. Ask the insurance house to add it under User certificates.',
  },
  CERTIFICATE_SUSPENDED: {
    ro: 'Certificatul este suspendat la casa de asigurări. Nu aveți acces la funcțiile online.',
    en: 'The certificate is suspended at the insurance house. Online functions are not available.',
  },
  KEY_INVALID: {
    ro: 'Utilizatorul sau cheia de activare nu sunt corecte. Utilizatorul are forma <CUI>_<cod casă>.',
    en: 'The user name or the activation key is not correct. The user name reads <CUI>_<house code>.',
  },
  KEY_RESET: {
    ro: 'Cheia de activare a fost resetată la casa de asigurări. Reactivați aplicația cu cheia nouă.',
    en: 'The activation key was reset at the insurance house. Re-activate the application with the new key.',
  },
  CERTIFICATE_REVOKED: {
    ro: 'Autoritatea emitentă a revocat certificatul ({reason}).',
    en: 'The issuing authority revoked the certificate ({reason}).',
  },
  OCSP_UNAVAILABLE: {
    ro: 'Starea certificatului nu poate fi verificată la autoritatea emitentă (OCSP). Reîncercați mai târziu.',
    en: 'The certificate status cannot be checked with the issuing authority (OCSP). Try again later.',
  },
  OCSP_UNKNOWN: {
    ro: 'Autoritatea emitentă nu cunoaște acest certificat (OCSP: unknown).',
    en: 'The issuing authority does not know this certificate (OCSP: unknown).',
  },
  CONTRACT_ENDED: {
    ro: 'Contractul furnizorului cu casa de asigurări s-a încheiat la {date}.',
    en: 'The provider’s contract with the insurance house ended on {date}.',
  },
  CONTRACT_NOT_STARTED: {
    ro: 'Contractul furnizorului cu casa de asigurări începe la {date}.',
    en: 'The provider’s contract with the insurance house starts on {date}.',
  },
  SESSION_REQUIRED: {
    ro: 'Sesiunea online lipsește: conectați-vă (GET /online/v1/session) și trimiteți antetul X-SIUI-Session.',
    en: 'No online session: connect (GET /online/v1/session) and send the X-SIUI-Session header.',
  },
  SESSION_INVALID: {
    ro: 'Sesiunea online nu este valabilă, a expirat sau aparține altui certificat. Conectați-vă din nou.',
    en: 'The online session is not valid, has expired or belongs to another certificate. Connect again.',
  },
  SERVICE_UNAVAILABLE: {
    ro: 'Serviciul este temporar indisponibil (baza de date nu răspunde). Reîncercați în câteva momente.',
    en: 'The service is temporarily unavailable (the database does not answer). Try again in a moment.',
  },
  INTERNAL_ERROR: {
    ro: 'A apărut o eroare internă. Operația nu a fost efectuată.',
    en: 'An internal error occurred. Nothing was changed.',
  },
} as const satisfies Record<string, { ro: string; en: string }>;

export type ErrorCode = keyof typeof ERROR_MESSAGES;
export type Language = 'ro' | 'en';

export function formatErrorMessage(
  code: ErrorCode,
  language: Language,
  params: Record<string, string | number> = {},
): string {
  return ERROR_MESSAGES[code][language].replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    name in params ? String(params[name]) : placeholder,
  );
}

/** Warnings about a certificate that is accepted anyway (shown when it is registered). */
export const CERTIFICATE_WARNING_MESSAGES = {
  EXPIRED: { ro: 'Certificatul a expirat pe {date}.', en: 'The certificate expired on {date}.' },
  NOT_YET_VALID: {
    ro: 'Certificatul este valabil abia de pe {date}.',
    en: 'The certificate is valid only from {date}.',
  },
  EXPIRES_SOON: {
    ro: 'Certificatul expiră curând, pe {date}.',
    en: 'The certificate expires soon, on {date}.',
  },
  NOT_FOR_CLIENT_AUTH: {
    ro: 'Certificatul nu permite autentificarea clientului (Extended Key Usage), conectarea online va eșua.',
    en: 'The certificate does not allow client authentication (Extended Key Usage); online login will fail.',
  },
} as const;

export function formatMessage(
  template: { ro: string; en: string },
  language: Language,
  params: Record<string, string | number> = {},
): string {
  return template[language].replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    name in params ? String(params[name]) : placeholder,
  );
}
