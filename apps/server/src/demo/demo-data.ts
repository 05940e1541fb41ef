import { makeValidFiscalCode, type ProviderCategory } from '@siui/core';

// The people and providers of the demo scene: two houses, their staff, five providers in the
// situations the guide walks through.

export const DEMO_PASSWORDS = { staff: 'Demo-Parola-2026', p12: 'demo1234' } as const;

export const DEMO_STAFF = [
  { username: 'demo.cnas', fullName: 'Elena Dumitrescu (CNAS)', house: 'CNAS', roles: ['CNAS_ADMIN'] },
  { username: 'operator.alba', fullName: 'Ioana Mureșan', house: 'CAS-AB', roles: ['CJAS_OPERATOR'] },
  { username: 'admin.alba', fullName: 'Mihai Oprea', house: 'CAS-AB', roles: ['CJAS_ADMIN'] },
  { username: 'operator.cluj', fullName: 'Andrei Pop', house: 'CAS-CJ', roles: ['CJAS_OPERATOR'] },
] as const;

export type DemoSituation =
  /** Key generated, certificate registered: ready for the desktop. */
  | 'ready'
  /** Key generated, certificate file given but not registered: the guide registers it (seed 2.2.2). */
  | 'certificate-to-register'
  /** Certificate registered and suspended. */
  | 'suspended'
  /** No key yet: the guide presses Generare parolă (seed 2.1). */
  | 'no-key'
  /** Certificate revoked by its issuer (the demo CA's OCSP says revoked). */
  | 'revoked-at-issuer';

export interface DemoProvider {
  code: string;
  name: string;
  fiscalCode: string;
  category: ProviderCategory;
  house: 'CAS-AB' | 'CAS-CJ';
  legalRepresentative: string;
  address: string;
  situation: DemoSituation;
}

export const DEMO_PROVIDERS: DemoProvider[] = [
  {
    code: 'DEMO-MF01',
    name: 'Cabinet Medical Dr. Ștefănescu Ana',
    fiscalCode: makeValidFiscalCode('1854729'),
    category: 'MF',
    house: 'CAS-AB',
    legalRepresentative: 'Ana Ștefănescu',
    address: 'Str. Mihai Viteazul nr. 12, Alba Iulia, județul Alba',
    situation: 'ready',
  },
  {
    code: 'DEMO-CL02',
    name: 'Clinica Sfânta Maria Țara Moților SRL',
    fiscalCode: makeValidFiscalCode('3126458'),
    category: 'CLIN',
    house: 'CAS-AB',
    legalRepresentative: 'Dorin Bârsan',
    address: 'Piața Iancu nr. 3, Câmpeni, județul Alba',
    situation: 'certificate-to-register',
  },
  {
    code: 'DEMO-SP04',
    name: 'Spitalul Orășenesc Câmpeni',
    fiscalCode: makeValidFiscalCode('4305812'),
    category: 'SPT',
    house: 'CAS-AB',
    legalRepresentative: 'Sorina Țurcanu',
    address: 'Str. Avram Iancu nr. 21, Câmpeni, județul Alba',
    situation: 'no-key',
  },
  {
    code: 'DEMO-FA03',
    name: 'Farmacia Românească Brașoveanu SRL',
    fiscalCode: makeValidFiscalCode('2941175'),
    category: 'FARM',
    house: 'CAS-CJ',
    legalRepresentative: 'Radu Brașoveanu',
    address: 'Bd. Eroilor nr. 7, Cluj-Napoca, județul Cluj',
    situation: 'suspended',
  },
  {
    code: 'DEMO-LB05',
    name: 'Laborator Analize Medicale Iași-Cluj SRL',
    fiscalCode: makeValidFiscalCode('3659021'),
    category: 'PARA',
    house: 'CAS-CJ',
    legalRepresentative: 'Cristina Șerban',
    address: 'Str. Observatorului nr. 34, Cluj-Napoca, județul Cluj',
    situation: 'revoked-at-issuer',
  },
];
