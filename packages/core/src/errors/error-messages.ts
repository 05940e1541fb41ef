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
    ro: 'Fișierul nu a fost importat: {count} erori. Nu s-a salvat nimic; corectați rândurile indicate.',
    en: 'The file was not imported: {count} errors. Nothing was saved; correct the rows listed.',
  },
  IMPORT_EMPTY: {
    ro: 'Fișierul nu conține niciun furnizor.',
    en: 'The file contains no provider.',
  },
  IMPORT_MALFORMED: {
    ro: 'Fișierul CSV nu poate fi citit: {details}',
    en: 'The CSV file cannot be read: {details}',
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
