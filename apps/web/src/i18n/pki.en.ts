import type { Translation } from './ro';

// English words shared by the certificate screens; part of `en.ts`.

export const pkiEn: Translation['pki'] = {
  validity: {
    period: '{{from}} – {{to}}',
    expired: 'Expired',
    expiresIn_one: 'Expires in {{count}} day',
    expiresIn_few: 'Expires in {{count}} days',
    expiresIn_other: 'Expires in {{count}} days',
    expiresWithinDay: 'Expires in less than a day',
    notYetValid: 'Not yet valid',
    unknown: 'unknown (no file)',
  },
  pem: {
    copy: 'Copy PEM',
    copied: 'Copied',
    download: 'Download {{file}}',
  },
  file: {
    drop: 'Drop the certificate file here or click to choose it',
    hint: 'One .pem, .cer, .crt or .der file (PEM or DER), at most 100 KB.',
    tooLarge: 'The file is larger than 100 KB: it is not a certificate.',
    unreadable: 'The file could not be read.',
  },
  fingerprint: 'SHA-256 fingerprint',
};
