// The validation messages SIUI answers to a report, in Romanian and English.

export const REPORT_MESSAGES = {
  REPORT_TYPE_MISMATCH: {
    severity: 'error',
    ro: 'Tipul raportării ({type}) nu corespunde tipului furnizorului ({category}).',
    en: 'The report type ({type}) does not match the provider type ({category}).',
  },
  PERIOD_IN_FUTURE: {
    severity: 'error',
    ro: 'Perioada {period} nu a început încă.',
    en: 'Period {period} has not started yet.',
  },
  PERIOD_OUTSIDE_CONTRACT: {
    severity: 'error',
    ro: 'Perioada {period} este în afara contractului ({start} – {end}).',
    en: 'Period {period} is outside the contract ({start} – {end}).',
  },
  REPORT_EMPTY: {
    severity: 'error',
    ro: 'Raportarea nu conține nicio linie.',
    en: 'The report has no lines.',
  },
  CNP_FORMAT: {
    severity: 'error',
    ro: 'CNP {cnp} trebuie să aibă 13 cifre.',
    en: 'CNP {cnp} must have 13 digits.',
  },
  CNP_CHECK_DIGIT: {
    severity: 'error',
    ro: 'CNP {cnp} are cifra de control greșită.',
    en: 'CNP {cnp} has a wrong check digit.',
  },
  CNP_BIRTH_DATE: {
    severity: 'error',
    ro: 'CNP {cnp} conține o dată de naștere imposibilă.',
    en: 'CNP {cnp} contains an impossible birth date.',
  },
  CNP_COUNTY: {
    severity: 'error',
    ro: 'CNP {cnp} conține un cod de județ inexistent.',
    en: 'CNP {cnp} contains an unknown county code.',
  },
  DATE_INVALID: {
    severity: 'error',
    ro: 'Data {date} nu este o dată validă (AAAA-LL-ZZ).',
    en: 'Date {date} is not a valid date (YYYY-MM-DD).',
  },
  DATE_OUTSIDE_PERIOD: {
    severity: 'error',
    ro: 'Data {date} nu aparține perioadei raportate {period}.',
    en: 'Date {date} is outside the reported period {period}.',
  },
  DATE_OUTSIDE_CONTRACT: {
    severity: 'error',
    ro: 'Data {date} este în afara perioadei contractului.',
    en: 'Date {date} is outside the contract period.',
  },
  DATE_IN_FUTURE: {
    severity: 'error',
    ro: 'Data {date} este în viitor.',
    en: 'Date {date} is in the future.',
  },
  DATE_BEFORE_BIRTH: {
    severity: 'error',
    ro: 'Data {date} este anterioară nașterii asiguratului.',
    en: 'Date {date} is before the insured person’s birth.',
  },
  SERVICE_UNKNOWN: {
    severity: 'error',
    ro: 'Codul de serviciu {code} nu există în nomenclatorul pentru tipul {category}.',
    en: 'Service code {code} is not in the nomenclature for type {category}.',
  },
  QUANTITY_INVALID: {
    severity: 'error',
    ro: 'Cantitatea {quantity} trebuie să fie un număr întreg pozitiv.',
    en: 'Quantity {quantity} must be a positive whole number.',
  },
  QUANTITY_UNUSUAL: {
    severity: 'warning',
    ro: 'Cantitatea {quantity} este neobișnuit de mare; verificați.',
    en: 'Quantity {quantity} is unusually large; please check.',
  },
  DUPLICATE_LINE: {
    severity: 'error',
    ro: 'Linie duplicată: același CNP, serviciu și dată ca linia {first}.',
    en: 'Duplicate line: same CNP, service and date as line {first}.',
  },
} as const satisfies Record<string, { severity: 'warning' | 'error'; ro: string; en: string }>;

export type ReportMessageCode = keyof typeof REPORT_MESSAGES;
