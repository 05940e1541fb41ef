// Romanian words shared by the certificate screens (autorități emitente, certificate utilizatori); part of `ro.ts`.

export const pkiRo = {
  validity: {
    period: '{{from}} – {{to}}',
    expired: 'Expirat',
    expiresIn_one: 'Expiră în {{count}} zi',
    expiresIn_few: 'Expiră în {{count}} zile',
    expiresIn_other: 'Expiră în {{count}} de zile',
    expiresWithinDay: 'Expiră în mai puțin de o zi',
    notYetValid: 'Încă nevalabil',
    unknown: 'necunoscută (fără fișier)',
  },
  pem: {
    copy: 'Copiază PEM',
    copied: 'Copiat',
    download: 'Descarcă {{file}}',
  },
  file: {
    drop: 'Trageți aici fișierul certificatului sau faceți clic pentru a-l alege',
    hint: 'Un fișier .pem, .cer, .crt sau .der (PEM sau DER), cel mult 100 KB.',
    tooLarge: 'Fișierul depășește 100 KB: nu este un certificat.',
    unreadable: 'Fișierul nu a putut fi citit.',
  },
  fingerprint: 'Amprentă SHA-256',
};
