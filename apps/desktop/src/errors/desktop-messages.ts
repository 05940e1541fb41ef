// The desktop's own errors (those SIUI answers come with their message), in Romanian and English.
// `{name}` placeholders are filled from the error's params.

export const DESKTOP_MESSAGES = {
  NOT_ACTIVATED: {
    ro: 'Aplicația nu este activată. Activați-o din Administrare / Activare (siui-desktop activate --serial … --house …).',
    en: 'The application is not activated. Activate it under Administration / Activation (siui-desktop activate --serial … --house …).',
  },
  UNKNOWN_HOUSE: {
    ro: 'Casa de asigurări „{code}” nu există. Exemple: CAS-AB, CAS-B, CASAOPSNAJ.',
    en: 'Insurance house "{code}" does not exist. Examples: CAS-AB, CAS-B, CASAOPSNAJ.',
  },
  LOCAL_DATA_EXISTS: {
    ro: 'Baza de date locală conține datele furnizorului {provider} ({code}). Folosiți --reactivate pentru a le păstra sau --new-database pentru a începe o bază de date goală (cea actuală se arhivează).',
    en: 'The local database holds the data of provider {provider} ({code}). Use --reactivate to keep it or --new-database to start an empty database (the current one is archived).',
  },
  ACTIVATION_OTHER_PROVIDER: {
    ro: 'Cheia de activare aparține furnizorului {other}, iar baza de date locală este a furnizorului {local}. Activați fără „Reactivare bază de date curentă” pentru a începe o bază de date nouă.',
    en: 'The activation key belongs to provider {other}, while the local database is provider {local}’s. Activate without "Re-activate the current database" to start a new database.',
  },
  INVALID_SERVER_URL: {
    ro: 'Adresa serverului SIUI „{url}” nu este validă; are forma https://gazdă:port (de exemplu https://siui.cnas.ro).',
    en: 'The SIUI server address "{url}" is not valid; it reads https://host:port (e.g. https://siui.cnas.ro).',
  },
  INSECURE_SERVER_URL: {
    ro: 'Adresa {url} folosește http:// necriptat: cheia de activare ar trece prin rețea în clar. Folosiți https://; http:// este acceptat numai către acest calculator (127.0.0.1, localhost, ::1). Nu s-a trimis nimic.',
    en: 'Address {url} uses unencrypted http://: the activation key would cross the network in clear. Use https://; http:// is accepted only to this computer (127.0.0.1, localhost, ::1). Nothing was sent.',
  },
  SERVER_CERTIFICATE_UNTRUSTED: {
    ro: 'Certificatul serverului SIUI {url} nu este de încredere ({reason}); nu s-a trimis nimic. Dacă serverul folosește o autoritate de certificare proprie, dați-i certificatul la activare: siui-desktop activate … --ca FIȘIER.pem.',
    en: 'The certificate of the SIUI server {url} is not trusted ({reason}); nothing was sent. If the server uses its own certificate authority, give its certificate at activation: siui-desktop activate … --ca FILE.pem.',
  },
  CA_FILE_UNREADABLE: {
    ro: 'Fișierul {file} (--ca) nu conține niciun certificat PEM lizibil.',
    en: 'File {file} (--ca) holds no readable PEM certificate.',
  },
  SERVER_UNREACHABLE: {
    ro: 'Serverul SIUI {url} nu răspunde ({reason}). Verificați adresa (--server) și conexiunea la rețea.',
    en: 'The SIUI server {url} does not answer ({reason}). Check the address (--server) and the network.',
  },
  SERVER_ANSWER_INVALID: {
    ro: 'Serverul SIUI a trimis un răspuns neașteptat (HTTP {status}).',
    en: 'The SIUI server sent an unexpected answer (HTTP {status}).',
  },
  NO_ONLINE_GATEWAY: {
    ro: 'Serverul SIUI nu oferă conectare online pentru această activare.',
    en: 'The SIUI server offers no online connection for this activation.',
  },
  ACTIVATION_KEY_MISSING: {
    ro: 'Cheia de activare nu mai este disponibilă local. Reactivați aplicația (Administrare / Activare).',
    en: 'The activation key is no longer available locally. Re-activate the application (Administration / Activation).',
  },
  CERTIFICATE_MISSING: {
    ro: 'Nu există un certificat digital importat. Importați-l din Administrare / Certificat digital (siui-desktop cert import …).',
    en: 'No digital certificate is imported. Import it under Administration / Digital certificate (siui-desktop cert import …).',
  },
  CERTIFICATE_FILE_MISSING: {
    ro: 'Indicați fișierul certificatului: FIȘIER.p12 --password PAROLĂ, sau --cert CERTIFICAT.pem --key CHEIE.pem.',
    en: 'Name the certificate file: FILE.p12 --password PASSWORD, or --cert CERTIFICATE.pem --key KEY.pem.',
  },
  FILE_NOT_FOUND: {
    ro: 'Fișierul {file} nu există sau nu poate fi citit.',
    en: 'File {file} does not exist or cannot be read.',
  },
  CERTIFICATE_FILE_UNREADABLE: {
    ro: 'Fișierul nu este un certificat digital lizibil: nici PKCS#12 (.p12/.pfx), nici PEM.',
    en: 'The file is not a readable digital certificate: neither PKCS#12 (.p12/.pfx) nor PEM.',
  },
  LOCAL_SECRET_DAMAGED: {
    ro: 'Fișierul cheii locale {file} este deteriorat, iar fără el certificatul și cheia de activare salvate nu pot fi citite. Restaurați-l dintr-o copie de siguranță; dacă nu aveți una, mutați-l deoparte și activați din nou aplicația (cheia de activare și certificatul se reintroduc).',
    en: 'The local key file {file} is damaged; without it the saved certificate and activation key cannot be read. Restore it from a backup; if you have none, move it aside and activate the application again (the activation key and certificate are entered again).',
  },
  CERTIFICATE_FILE_TOO_LARGE: {
    ro: 'Fișierul este prea mare pentru un certificat digital (cel mult {max}).',
    en: 'The file is too large for a digital certificate (at most {max}).',
  },
  P12_KDF_TOO_COSTLY: {
    ro: 'Fișierul PKCS#12 cere mai mult de {max} de iterații pentru derivarea cheii, cât nu folosește niciun export obișnuit. Exportați certificatul din nou cu setările implicite.',
    en: 'The PKCS#12 file asks for more than {max} key-derivation iterations, more than any usual export. Export the certificate again with the default settings.',
  },
  P12_WRONG_PASSWORD: {
    ro: 'Parola fișierului PKCS#12 (.p12/.pfx) este greșită.',
    en: 'The password of the PKCS#12 (.p12/.pfx) file is wrong.',
  },
  P12_PASSWORD_CHARACTERS: {
    ro: 'Parola este corectă, dar conține diacritice sau alte caractere speciale pe care biblioteca PKCS#12 nu le poate folosi la acest fișier (criptare AES). Exportați certificatul din nou cu o parolă fără diacritice.',
    en: 'The password is right but contains accented or other special characters the PKCS#12 library cannot use with this file (AES encryption). Export the certificate again with a password without them.',
  },
  P12_NO_KEY: {
    ro: 'Fișierul PKCS#12 nu conține cheia privată a certificatului.',
    en: 'The PKCS#12 file does not contain the certificate’s private key.',
  },
  P12_NO_CERTIFICATE: {
    ro: 'Fișierul PKCS#12 nu conține certificatul corespunzător cheii private.',
    en: 'The PKCS#12 file does not contain the certificate matching the private key.',
  },
  PEM_KEY_UNREADABLE: {
    ro: 'Cheia privată nu poate fi citită (PEM). Dacă este protejată cu parolă, indicați parola.',
    en: 'The private key cannot be read (PEM). If it is password-protected, give the password.',
  },
  KEY_DOES_NOT_MATCH_CERTIFICATE: {
    ro: 'Cheia privată nu corespunde certificatului.',
    en: 'The private key does not match the certificate.',
  },
  CERTIFICATE_IS_CA: {
    ro: 'Certificatul este al unei autorități de certificare, nu al furnizorului.',
    en: 'The certificate belongs to a certificate authority, not to the provider.',
  },
  PIN_MISMATCH: {
    ro: 'Certificatul TLS al serverului online nu este cel primit la activare (amprenta SHA-256 diferă). Conexiunea a fost oprită; reactivați aplicația dacă SIUI și-a schimbat certificatul.',
    en: 'The online server’s TLS certificate is not the one received at activation (SHA-256 fingerprint differs). The connection was stopped; re-activate if SIUI changed its certificate.',
  },
  GATEWAY_UNREACHABLE: {
    ro: 'SIUI nu este accesibil ({reason}).',
    en: 'SIUI cannot be reached ({reason}).',
  },
  REPORT_FILE_INVALID: {
    ro: 'Fișierul nu conține o raportare validă: {details}',
    en: 'The file does not contain a valid report: {details}',
  },
  REPORT_NOT_FOUND: {
    ro: 'Raportarea nu a fost găsită.',
    en: 'Report not found.',
  },
  REPORT_NOT_EDITABLE: {
    ro: 'Raportarea a fost deja pusă la trimitere și nu mai poate fi modificată.',
    en: 'The report was already queued for sending and can no longer be changed.',
  },
  LOCAL_ACCESS_DENIED: {
    ro: 'Acces refuzat. Deschideți aplicația din fereastra pornită de siui-desktop.',
    en: 'Access denied. Open the application from the window siui-desktop started.',
  },
  LAUNCH_LINK_USED: {
    ro: 'Această adresă de pornire a fost deja folosită sau nu este valabilă. Rulați din nou siui-desktop start pentru a deschide o fereastră.',
    en: 'This launch address was already used or is not valid. Run siui-desktop start again to open a window.',
  },
  INVALID_REQUEST: {
    ro: 'Date invalide: {details}',
    en: 'Invalid data: {details}',
  },
  INTERNAL: {
    ro: 'A apărut o eroare neașteptată: {details}',
    en: 'An unexpected error occurred: {details}',
  },
} as const satisfies Record<string, { ro: string; en: string }>;

export type DesktopErrorCode = keyof typeof DESKTOP_MESSAGES;
