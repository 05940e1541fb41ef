// Romanian texts of *Furnizori / Raportări*; part of `ro.ts`.

export const reportsRo = {
  title: 'Raportări',
  total_one: '{{count}} raportare',
  total_few: '{{count}} raportări',
  total_other: '{{count}} de raportări',
  empty: 'Nicio raportare nu corespunde filtrelor.',
  columns: {
    receivedAt: 'Primită la',
    provider: 'Furnizor',
    type: 'Tip',
    period: 'Perioadă',
    state: 'Stare',
    lines: 'Linii acceptate / total',
    messages: 'Mesaje de validare',
  },
  filters: {
    providerCode: 'Cod furnizor',
    state: 'Stare',
    period: 'Perioadă (lună)',
    house: 'Casa de asigurări',
  },
  states: { VALID: 'Validă', PARTIALLY_VALID: 'Parțial validă', INVALID: 'Invalidă' },
  severity: { error: 'Eroare', warning: 'Avertisment' },
  messageCount: {
    errors_one: '{{count}} eroare',
    errors_few: '{{count}} erori',
    errors_other: '{{count}} de erori',
    warnings_one: '{{count}} avertisment',
    warnings_few: '{{count}} avertismente',
    warnings_other: '{{count}} de avertismente',
    none: 'fără mesaje',
  },
  messages: {
    title: 'Mesaje de validare',
    columns: { line: 'Linia', severity: 'Gravitate', code: 'Cod', message: 'Mesaj' },
    wholeReport: 'toată raportarea',
    certificate: 'Transmisă cu certificatul {{serial}}',
    idempotencyKey: 'Cheie de idempotență: {{key}}',
  },
};
